import { randomBytes } from 'node:crypto'

import { APIError, type CollectionAfterChangeHook, type CollectionBeforeOperationHook, type FieldAccess, ValidationError } from 'payload'

import { hasRole } from '@/access/roles'
import { INVITATION_DAYS } from '@/collections/Users/invitationDays'
import { defaultLanguage } from '@/i18n/languages'
import { validationMessage } from '@/i18n/validationMessage'
import { EMAIL_OFF } from '@/lib/email/emailAdapter'
import { findSiteSettings } from '@/lib/queries/siteSettings'
import { env } from '@/lib/startup/env'
import { escapeMarkup } from '@/lib/text/escapeMarkup'
import type { User } from '@/payload-types'

/** Marks, for the rest of the request, a user being added by an admin. */
const INVITING = 'invitingNewUser'

/**
 * Nobody types another person's password. A user an admin adds gets a random one that nobody
 * knows, and an invitation to choose their own (`sendInvitation`); an admin cannot change someone
 * else's either. Only the first account (made by its owner), the seed and a reset link, all with
 * no one signed in, set a password for an account that is not their own.
 */
export const inviteInsteadOfPassword: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user || (operation !== 'create' && operation !== 'update')) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const refuse = (path: string, key: 'noPasswordForOthers' | 'invitationNeedsEmail') => {
    throw new ValidationError({ collection: 'users', errors: [{ path, message: validationMessage(req, key) }], req })
  }
  if (operation === 'update' && data.password && String('id' in args ? args.id : undefined) !== String(req.user.id)) refuse('password', 'noPasswordForOthers')
  // Anyone else who tries to add a user is refused by the collection's access, after this hook.
  if (operation !== 'create' || !hasRole(req.user, 'admin')) return args
  if (data.password) refuse('password', 'noPasswordForOthers')
  if (req.payload.email.name === EMAIL_OFF) refuse('email', 'invitationNeedsEmail')
  req.context[INVITING] = true
  return { ...args, data: { ...data, password: randomBytes(32).toString('hex') } }
}

/**
 * Who may set a password, as the password field's access: the admin's form then offers no "Change
 * password" on someone else's account. Without a user it is the first account or a reset link.
 */
export const passwordAccess: { create: FieldAccess; update: FieldAccess } = {
  create: ({ req }) => !req.user || Boolean(req.context[INVITING]),
  update: ({ req, id }) => !req.user || String(req.user.id) === String(id),
}

/**
 * The invitation: a one-time link to the admin's own "choose a password" page, valid for
 * INVITATION_DAYS, in the inviting admin's language. If it cannot be sent the user is not added, so
 * no account is left that nobody can reach.
 */
export const sendInvitation: CollectionAfterChangeHook<User> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.context[INVITING]) return doc
  const { payload } = req
  const token = await payload.forgotPassword({
    collection: 'users',
    data: { email: doc.email },
    disableEmail: true,
    expiration: INVITATION_DAYS * 24 * 60 * 60 * 1000,
    req,
  })
  const { siteName } = await findSiteSettings(payload, defaultLanguage.code)
  const link = `${env().serverURL}${payload.config.routes.admin}/reset/${token}`
  const t = (key: 'subject' | 'intro' | 'choose' | 'ignore') =>
    req.t(`custom:users:invitation:${key}` as never, { site: siteName, inviter: (req.user as User | null)?.name ?? '', days: INVITATION_DAYS })
  try {
    await payload.sendEmail({
      to: doc.email,
      subject: t('subject'),
      text: [t('intro'), '', t('choose'), link, '', t('ignore')].join('\n'),
      html: [`<p>${escapeMarkup(t('intro'))}</p>`, `<p>${escapeMarkup(t('choose'))}<br><a href="${escapeMarkup(link)}">${escapeMarkup(link)}</a></p>`, `<p>${escapeMarkup(t('ignore'))}</p>`].join('\n'),
    })
  } catch (error) {
    payload.logger.error(`The invitation to ${doc.email} could not be sent: ${(error as Error).message}`)
    // Undone here too: on SQLite an error in this hook does not roll the new user back (tests/int/invitations.int.spec.ts).
    await payload.delete({ collection: 'users', id: doc.id, overrideAccess: true, req })
    throw new APIError(`The invitation could not be sent (${(error as Error).message}), so the user was not added. Try again later.`, 503, undefined, true)
  }
  return doc
}
