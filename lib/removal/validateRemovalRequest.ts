import { isEmailAddress, isPlainText } from '@/lib/join/validateJoinRequest'
import { MAX_NOTE_LENGTH } from '@/lib/removal/limits'

/** What the removal form sends, as typed. */
export type RemovalFormFields = { wish: string; note: string; contact: string }

export const WISHES = ['blur', 'remove'] as const
export type Wish = (typeof WISHES)[number]

export type RemovalField = 'wish' | 'note' | 'contact'
export type RemovalFieldError = 'wishMissing' | 'noteTooLong' | 'markup' | 'contactInvalid'
export type RemovalFieldErrors = Partial<Record<RemovalField, RemovalFieldError>>

export type ValidRemovalRequest = { wish: Wish; note: string; contact: string | null }

const isWish = (value: string): value is Wish => (WISHES as readonly string[]).includes(value)

/** Checks a removal request as the form sends it, naming each problem by its field. */
export function validateRemovalRequest(fields: RemovalFormFields): { errors: RemovalFieldErrors } | { request: ValidRemovalRequest } {
  const note = fields.note.replace(/\r\n?/g, '\n').trim()
  const contact = fields.contact.trim()
  const errors: RemovalFieldErrors = {}

  if (!isWish(fields.wish)) errors.wish = 'wishMissing'
  if (note.length > MAX_NOTE_LENGTH) errors.note = 'noteTooLong'
  else if (!isPlainText(note)) errors.note = 'markup'
  if (contact && !isEmailAddress(contact)) errors.contact = 'contactInvalid'

  if (Object.keys(errors).length > 0 || !isWish(fields.wish)) return { errors }
  return { request: { wish: fields.wish, note, contact: contact ? contact.toLowerCase() : null } }
}
