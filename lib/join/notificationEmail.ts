import type { SendEmailOptions } from 'payload'

import { en } from '@/i18n/strings/en'
import { organiserNotice } from '@/lib/email/organiserNotice'

type Request = { id: string | number; name: string; email: string; message: string }

/**
 * The organisers' notice of one join request, in the site's first language, the organisers' own.
 * The subject names nobody, so nothing the visitor typed reaches a header but their address as
 * Reply-To, already checked to be one address.
 */
export function notificationEmail(request: Request, organisers: string[], serverURL: string): SendEmailOptions {
  const t = en.admin.joinRequests.notification
  const body = organiserNotice({
    lead: t.lead,
    lines: [
      [t.name, request.name || t.noName],
      [t.email, request.email],
    ],
    message: request.message,
    link: { label: t.open, href: `${serverURL}/admin/collections/join-requests/${encodeURIComponent(String(request.id))}` },
    closing: t.reply,
  })
  return { to: organisers, replyTo: request.email, subject: t.subject, ...body }
}
