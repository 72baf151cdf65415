import type { SendEmailOptions } from 'payload'

import { en } from '@/i18n/strings/en'
import type { ValidRemovalRequest } from '@/lib/removal/validateRemovalRequest'
import { escapeMarkup } from '@/lib/text/escapeMarkup'

type Request = ValidRemovalRequest & { id: string | number; queued: boolean }

/**
 * The organisers' notice of a takedown request, in the site's first language. What the requester
 * typed is escaped, and reaches no header: their address is not made the Reply-To, since answering
 * is an organiser's choice, not a reflex.
 */
export function removalNotificationEmail(request: Request, organisers: string[], serverURL: string): SendEmailOptions {
  const t = en.admin.removalRequests.notification
  const wish = en.admin.removalRequests.wish.options[request.wish]
  const link = `${serverURL}/admin/collections/removal-requests/${encodeURIComponent(String(request.id))}`
  const lines: [string, string][] = [
    [t.wish, wish],
    [t.note, request.note || t.none],
    [t.contact, request.contact ?? t.none],
  ]
  const lead = request.queued ? t.queuedLead : t.lead
  const text = [lead, '', ...lines.map(([label, value]) => `${label}: ${value}`), '', `${t.open}: ${link}`].join('\n')
  const html = [
    `<p>${escapeMarkup(lead)}</p>`,
    `<p style="white-space: pre-wrap">${lines.map(([label, value]) => `${escapeMarkup(label)}: ${escapeMarkup(value)}`).join('<br>')}</p>`,
    `<p><a href="${escapeMarkup(link)}">${escapeMarkup(t.open)}</a></p>`,
  ].join('\n')
  return { to: organisers, subject: request.queued ? t.queuedSubject : t.subject, text, html }
}
