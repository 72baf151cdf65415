import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import type { Env } from '@/lib/startup/env'

/** How long the start-up check waits for the SMTP server before saying it did not answer. */
const CHECK_TIMEOUT_MS = 10_000
/** The sender of what is logged instead of sent: no mail server will ever see it. */
const UNSENT_FROM = { defaultFromAddress: 'email-off@localhost', defaultFromName: 'solidarity-news' }
/** The adapter's name when nothing is sent: what needs email to work (invitations) checks for it. */
export const EMAIL_OFF = 'off'

/**
 * How the site sends email (password resets, and later notices to organisers):
 * - with SMTP_URL, through that server. It is checked at start without holding the start up: a
 *   server that does not answer is one warning, and each message is still tried when sent.
 * - without it, in development and the demo, each message goes to the log, links included, so a
 *   reset link can be followed from there.
 * - without it in production, nothing is sent and nothing of a message is logged but its
 *   subject: a reset link in a log would let anyone who reads the log into that account.
 */
export async function emailAdapter({ email, production, demoMode }: Pick<Env, 'email' | 'production' | 'demoMode'>): Promise<EmailAdapter> {
  if (email) {
    const transport = nodemailer.createTransport({ url: email.smtpURL, connectionTimeout: CHECK_TIMEOUT_MS, greetingTimeout: CHECK_TIMEOUT_MS })
    const adapter = await nodemailerAdapter({ transport, defaultFromAddress: email.from.address, defaultFromName: email.from.name, skipVerify: true })
    return (args) => {
      const server = new URL(email.smtpURL).host
      transport.verify().catch((error: Error) => args.payload.logger.warn(`Email: the SMTP server ${server} did not answer at start (${error.message}); each message will still be tried.`))
      return adapter(args)
    }
  }
  if (!production || demoMode) return ({ payload }) => ({ name: 'log', ...UNSENT_FROM, sendEmail: async (message) => payload.logger.info(logged(message)) })
  return ({ payload }) => {
    payload.logger.warn('Email is off: set SMTP_URL and EMAIL_FROM so that password resets reach people.')
    return { name: EMAIL_OFF, ...UNSENT_FROM, sendEmail: async ({ subject }) => payload.logger.warn(`Email is off (no SMTP_URL): "${subject}" was not sent.`) }
  }
}

/** A message as the log shows it: who to, the subject, and every link in it. */
function logged({ to, subject, html, text }: SendEmailOptions): string {
  const body = [typeof text === 'string' ? text : '', typeof html === 'string' ? html : ''].join(' ')
  const links = [...new Set(body.match(/https?:\/\/[^\s"'<>]+/g) ?? [])]
  return [`Email (not sent: no SMTP_URL) to ${JSON.stringify(to)}: "${subject}"`, ...links.map((link) => `  ${link}`)].join('\n')
}
