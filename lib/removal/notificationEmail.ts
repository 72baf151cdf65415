import type { SendEmailOptions } from 'payload'

import { en } from '@/i18n/strings/en'
import { organiserNotice } from '@/lib/email/organiserNotice'
import type { ValidRemovalRequest } from '@/lib/removal/validateRemovalRequest'

type Request = ValidRemovalRequest & { id: string | number; queued: boolean }

/**
 * The organisers' notice of a takedown request, in the site's first language. What the requester
 * typed reaches no header: their address is not made the Reply-To, since answering is an
 * organiser's choice, not a reflex.
 */
export function removalNotificationEmail(request: Request, organisers: string[], serverURL: string): SendEmailOptions {
  const t = en.admin.removalRequests.notification
  const body = organiserNotice({
    lead: request.queued ? t.queuedLead : t.lead,
    lines: [
      [t.wish, en.admin.removalRequests.wish.options[request.wish]],
      [t.note, request.note || t.none],
      [t.contact, request.contact ?? t.none],
    ],
    link: { label: t.open, href: `${serverURL}/admin/collections/removal-requests/${encodeURIComponent(String(request.id))}` },
  })
  return { to: organisers, subject: request.queued ? t.queuedSubject : t.subject, ...body }
}
