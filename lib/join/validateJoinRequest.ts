import { MAX_EMAIL_LENGTH, MAX_MESSAGE_LENGTH, MAX_NAME_LENGTH } from '@/lib/join/limits'

/** What the join form sends, as typed: every field a string, the consent box `on` when ticked. */
export type JoinFormFields = { name: string; email: string; message: string; consent: string; website: string }

export type JoinField = 'name' | 'email' | 'message' | 'consent'
export type JoinFieldError = 'emailMissing' | 'emailInvalid' | 'messageMissing' | 'messageTooLong' | 'nameTooLong' | 'markup' | 'consentMissing'
export type JoinFieldErrors = Partial<Record<JoinField, JoinFieldError>>

export type ValidJoinRequest = { name: string; email: string; message: string }

/** A tag, comment or processing instruction: plain text never needs `<` followed by a letter, `/`, `!` or `?`. */
const MARKUP = /<[a-z/!?]/i
/** Control characters, except the tab and line breaks a message is written with. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
/** One address, as people write it: a local part, an @ and a domain with a dot, no spaces or brackets. */
const EMAIL = /^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\]+\.[^\s@<>()[\],;:"\\.]{2,}$/

/** Text as people type it: no markup, no control characters. */
export const isPlainText = (value: string) => !MARKUP.test(value) && !CONTROL.test(value)

export const isEmailAddress = (value: string) => value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value)

/**
 * Checks a join request as the form sends it. Every problem is named by field, so the form can
 * show each next to its field; a request with any problem is stored nowhere.
 */
export function validateJoinRequest(fields: JoinFormFields): { errors: JoinFieldErrors } | { request: ValidJoinRequest } {
  const name = fields.name.trim()
  const email = fields.email.trim()
  const message = fields.message.replace(/\r\n?/g, '\n').trim()
  const errors: JoinFieldErrors = {}

  if (name.length > MAX_NAME_LENGTH) errors.name = 'nameTooLong'
  else if (!isPlainText(name)) errors.name = 'markup'

  if (!email) errors.email = 'emailMissing'
  else if (!isEmailAddress(email)) errors.email = 'emailInvalid'

  if (!message) errors.message = 'messageMissing'
  else if (message.length > MAX_MESSAGE_LENGTH) errors.message = 'messageTooLong'
  else if (!isPlainText(message)) errors.message = 'markup'

  if (fields.consent !== 'on') errors.consent = 'consentMissing'

  return Object.keys(errors).length > 0 ? { errors } : { request: { name, email: email.toLowerCase(), message } }
}
