import type { Payload, SendEmailOptions } from 'payload'

import { organisersToNotify } from '@/lib/email/organisersToNotify'
import type { HourlyAllowance } from '@/lib/limits/hourlyAllowance'
import { env } from '@/lib/startup/env'

type Notice = {
  /** Names what the notice is about in the log, e.g. "Join request 12". */
  subject: string
  /** Past it, what happened is still stored and seen in the admin, but no more email goes out. */
  allowance: HourlyAllowance
  email: (organisers: string[], serverURL: string) => SendEmailOptions
}

/**
 * Tells the organisers by email, when email is on and the hour's allowance lasts. Whatever the
 * notice is about is stored before anyone is told: a notice that fails is logged, never undoing it.
 */
export async function notifyOrganisers(payload: Payload, { subject, allowance, email }: Notice): Promise<boolean> {
  const settings = env()
  if (!settings.email) return false
  try {
    if (!(await allowance())) {
      payload.logger.warn(`${subject} is stored without notifying the organisers: this hour's allowance of notifications is used up.`)
      return false
    }
    const organisers = await organisersToNotify(payload)
    if (organisers.length === 0) return false
    await payload.sendEmail(email(organisers, settings.serverURL))
    return true
  } catch (error) {
    payload.logger.error(`${subject} is stored, but the organisers could not be notified: ${(error as Error).message}`)
    return false
  }
}
