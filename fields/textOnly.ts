import type { TextareaFieldValidation, TextFieldSingleValidation } from 'payload'
import { text, textarea } from 'payload/shared'

/**
 * Payload's own text validations check length, not that the value is text. Fields that
 * `refuseWrongTypes` cannot see (inside a rich-text block) use these, so a list or an object saved
 * there is refused instead of breaking the page that shows it.
 */
const isTextOrEmpty = (value: unknown) => value === null || value === undefined || typeof value === 'string'

export const validateText: TextFieldSingleValidation = (value, options) =>
  isTextOrEmpty(value) ? text(value, options) : 'This must be text.'

export const validateTextarea: TextareaFieldValidation = (value, options) =>
  isTextOrEmpty(value) ? textarea(value, options) : 'This must be text.'
