import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { validationMessage } from '@/i18n/validationMessage'

export const MIN_PASSWORD_LENGTH = 12

/** Operations that set a password: sign-up (including the first account), a change, a reset. */
const SETS_A_PASSWORD = new Set(['create', 'update', 'resetPassword'])

/**
 * Payload only asks for 3 characters. Checked before the operation, so a refused password changes
 * nothing, and on every way a password is set, so a reset link cannot bring back a short one.
 */
export const requireLongPassword: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!SETS_A_PASSWORD.has(operation)) return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (password === undefined || password === null || password === '') return args
  if (typeof password !== 'string' || [...password].length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: validationMessage(req, ['shortPassword', { min: MIN_PASSWORD_LENGTH }]) }], req })
  }
  return args
}
