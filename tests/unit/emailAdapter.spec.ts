import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { emailAdapter } from '@/lib/email/emailAdapter'
import { type SMTPCapture, startSMTPCapture } from '@/tests/helpers/smtpCapture'

const RESET_LINK = 'https://news.example.org/admin/reset/0123456789abcdef-secret-token'
const message = { to: 'organiser@example.org', subject: 'Reset your password', html: `<p>Follow <a href="${RESET_LINK}">${RESET_LINK}</a></p>` }

/** A Payload that only logs, keeping what it logs. */
function loggingPayload() {
  const lines: { level: string; text: string }[] = []
  const logger = Object.fromEntries(['info', 'warn', 'error'].map((level) => [level, (text: unknown) => lines.push({ level, text: String(text) })]))
  return { payload: { logger } as unknown as Payload, lines }
}

let smtp: SMTPCapture
beforeAll(async () => {
  smtp = await startSMTPCapture()
})
afterAll(() => smtp.close())

const settings = { production: true, demoMode: false }

describe('with SMTP_URL', () => {
  it('sends through the server, from EMAIL_FROM', async () => {
    const adapter = await emailAdapter({ ...settings, email: { smtpURL: smtp.url, from: { name: 'The Group', address: 'news@example.org' } } })
    const { payload, lines } = loggingPayload()
    await adapter({ payload }).sendEmail(message)
    const received = await smtp.nextTo('organiser@example.org')
    expect(received.subject).toBe('Reset your password')
    expect(received.from?.value).toEqual([{ name: 'The Group', address: 'news@example.org' }])
    expect(lines.filter((line) => line.level !== 'info')).toEqual([])
  })

  it('starts at once when the server does not answer, and says so in one warning', async () => {
    const started = Date.now()
    const adapter = await emailAdapter({ ...settings, email: { smtpURL: 'smtp://user:s3cret@127.0.0.1:1', from: { name: '', address: 'news@example.org' } } })
    const { payload, lines } = loggingPayload()
    adapter({ payload })
    expect(Date.now() - started).toBeLessThan(1000)
    for (let waited = 0; lines.length === 0 && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(lines).toEqual([{ level: 'warn', text: expect.stringMatching(/^Email: the SMTP server 127\.0\.0\.1:1 did not answer at start/) }])
    expect(lines[0].text).not.toContain('s3cret')
  })
})

describe('without SMTP_URL', () => {
  it('writes each message to the log in development and the demo, links included', async () => {
    for (const mode of [{ production: false, demoMode: false }, { production: true, demoMode: true }]) {
      const { payload, lines } = loggingPayload()
      await (await emailAdapter({ ...mode, email: null }))({ payload }).sendEmail(message)
      expect(lines).toHaveLength(1)
      expect(lines[0].text).toContain('"Reset your password"')
      expect(lines[0].text).toContain(RESET_LINK)
    }
  })

  it('in production sends nothing, says email is off, and never logs what a message carries', async () => {
    const { payload, lines } = loggingPayload()
    const adapter = (await emailAdapter({ ...settings, email: null }))({ payload })
    await adapter.sendEmail(message)
    expect(lines.map((line) => line.level)).toEqual(['warn', 'warn'])
    expect(lines[0].text).toMatch(/^Email is off: set SMTP_URL and EMAIL_FROM/)
    expect(lines[1].text).toBe('Email is off (no SMTP_URL): "Reset your password" was not sent.')
    expect(JSON.stringify(lines)).not.toContain('secret-token')
    expect(smtp.messages).toHaveLength(1)
  })
})
