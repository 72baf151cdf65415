import type { DateFieldValidation, TextFieldSingleValidation } from 'payload'
import { date as payloadDate } from 'payload/shared'

import { validateExternalURL } from '@/fields/safeURL'
import { validationMessage } from '@/i18n/validationMessage'

/** A meeting ends after it starts: a calendar refuses an event that ends first, and the lists sort by both. */
export const endsAfterStart: DateFieldValidation = (value, options) => {
  const own = payloadDate(value, options)
  if (own !== true) return own
  const startsAt = (options.siblingData as { startsAt?: unknown } | undefined)?.startsAt
  if (!value || !startsAt) return true
  const [start, end] = [Date.parse(String(startsAt)), Date.parse(String(value))]
  return Number.isNaN(start) || end > start ? true : validationMessage(options.req, 'endsBeforeStart')
}

/** People need somewhere to go: a place, a link to join online, or both. The link itself must be a web address. */
export const onlineLinkOrPlace: TextFieldSingleValidation = (value, options) => {
  const place = (options.siblingData as { place?: unknown } | undefined)?.place
  const hasPlace = typeof place === 'string' && place.trim() !== ''
  if (!value && !hasPlace) return validationMessage(options.req, 'placeOrLink')
  return validateExternalURL(value, options)
}
