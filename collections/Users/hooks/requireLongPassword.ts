import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

export const MIN_PASSWORD_LENGTH = 12

export const SHORT_PASSWORD_MESSAGE = `Use a password of at least ${MIN_PASSWORD_LENGTH} characters: a few unrelated words are easy to remember and hard to guess.`

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
    throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: SHORT_PASSWORD_MESSAGE }], req })
  }
  return args
}
