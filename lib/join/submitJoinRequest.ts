import type { Payload } from 'payload'

import type { LanguageCode } from '@/i18n/languages'
import { type NotificationCap, notificationCap } from '@/lib/join/notificationCap'
import { notificationEmail } from '@/lib/join/notificationEmail'
import { organisersToNotify } from '@/lib/join/organisersToNotify'
import { type JoinFieldErrors, type JoinFormFields, validateJoinRequest } from '@/lib/join/validateJoinRequest'
import { env } from '@/lib/startup/env'

export type JoinOutcome =
  | { outcome: 'invalid'; errors: JoinFieldErrors }
  /** The honeypot was filled: a robot. It is answered as if it had succeeded, so it learns nothing. */
  | { outcome: 'ignored' }
  | { outcome: 'stored'; id: string | number; notified: boolean }

type Options = { language: LanguageCode; cap?: NotificationCap }

/**
 * The only way a join request is written: checked, stored, then the organisers told by email when
 * email is on and the hour's allowance lasts. The request is stored before anyone is told, and a
 * notice that fails is logged, never undoing it.
 */
export async function submitJoinRequest(payload: Payload, fields: JoinFormFields, { language, cap = notificationCap() }: Options): Promise<JoinOutcome> {
  if (fields.website.trim() !== '') return { outcome: 'ignored' }
  const checked = validateJoinRequest(fields)
  if ('errors' in checked) return { outcome: 'invalid', errors: checked.errors }

  const stored = await payload.create({
    collection: 'join-requests',
    data: { ...checked.request, language, handled: false },
    overrideAccess: true,
  })
  const notified = await notifyOrganisers(payload, { id: stored.id, ...checked.request }, cap)
  return { outcome: 'stored', id: stored.id, notified }
}

async function notifyOrganisers(payload: Payload, request: Parameters<typeof notificationEmail>[0], cap: NotificationCap): Promise<boolean> {
  const settings = env()
  if (!settings.email) return false
  try {
    if (!(await cap())) {
      payload.logger.warn(`Join request ${request.id} stored without notifying the organisers: this hour's allowance of notifications is used up.`)
      return false
    }
    const organisers = await organisersToNotify(payload)
    if (organisers.length === 0) return false
    await payload.sendEmail(notificationEmail(request, organisers, settings.serverURL))
    return true
  } catch (error) {
    payload.logger.error(`Join request ${request.id} is stored, but the organisers could not be notified: ${(error as Error).message}`)
    return false
  }
}
