import type { SendEmailOptions } from 'payload'

import { en } from '@/i18n/strings/en'
import { escapeMarkup } from '@/lib/text/escapeMarkup'

type Request = { id: string | number; name: string; email: string; message: string }

/**
 * The organisers' notice of one join request. Everything the visitor typed is escaped in the HTML;
 * the subject names nobody, so nothing they typed reaches a header but their address as Reply-To,
 * already checked to be one address. Written in the site's first language, the organisers' own.
 */
export function notificationEmail(request: Request, organisers: string[], serverURL: string): SendEmailOptions {
  const t = en.admin.joinRequests.notification
  const link = `${serverURL}/admin/collections/join-requests/${encodeURIComponent(String(request.id))}`
  const name = request.name || t.noName
  const text = [t.lead, '', `${t.name}: ${name}`, `${t.email}: ${request.email}`, '', request.message, '', `${t.open}: ${link}`, t.reply].join('\n')
  const html = [
    `<p>${escapeMarkup(t.lead)}</p>`,
    `<p>${escapeMarkup(t.name)}: ${escapeMarkup(name)}<br>${escapeMarkup(t.email)}: ${escapeMarkup(request.email)}</p>`,
    `<p style="white-space: pre-wrap">${escapeMarkup(request.message)}</p>`,
    `<p><a href="${escapeMarkup(link)}">${escapeMarkup(t.open)}</a></p>`,
    `<p>${escapeMarkup(t.reply)}</p>`,
  ].join('\n')
  return { to: organisers, replyTo: request.email, subject: t.subject, text, html }
}
