import type { Payload } from 'payload'

import type { LanguageCode } from '@/i18n/languages'
import { notifyOrganisers } from '@/lib/email/notifyOrganisers'
import { NOTIFICATIONS_PER_HOUR } from '@/lib/join/limits'
import { notificationEmail } from '@/lib/join/notificationEmail'
import { type JoinFieldErrors, type JoinFormFields, validateJoinRequest } from '@/lib/join/validateJoinRequest'
import { type HourlyAllowance, hourlyAllowance } from '@/lib/limits/hourlyAllowance'

export type JoinOutcome =
  | { outcome: 'invalid'; errors: JoinFieldErrors }
  /** The honeypot was filled: a robot. It is answered as if it had succeeded, so it learns nothing. */
  | { outcome: 'ignored' }
  | { outcome: 'stored'; id: string | number; notified: boolean }

type Options = { language: LanguageCode; cap?: HourlyAllowance }

/** The site-wide allowance of organisers' notices of join requests. */
export const joinNotificationCap = () => hourlyAllowance('join-notifications', NOTIFICATIONS_PER_HOUR)

/**
 * The only way a join request is written: checked, stored, then the organisers told by email when
 * email is on and the hour's allowance lasts.
 */
export async function submitJoinRequest(payload: Payload, fields: JoinFormFields, { language, cap = joinNotificationCap() }: Options): Promise<JoinOutcome> {
  if (fields.website.trim() !== '') return { outcome: 'ignored' }
  const checked = validateJoinRequest(fields)
  if ('errors' in checked) return { outcome: 'invalid', errors: checked.errors }

  const stored = await payload.create({
    collection: 'join-requests',
    data: { ...checked.request, language, handled: false },
    overrideAccess: true,
  })
  const request = { id: stored.id, ...checked.request }
  const notified = await notifyOrganisers(payload, {
    subject: `Join request ${stored.id}`,
    allowance: cap,
    email: (organisers, serverURL) => notificationEmail(request, organisers, serverURL),
  })
  return { outcome: 'stored', id: stored.id, notified }
}
