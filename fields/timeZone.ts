import type { TextField } from 'payload'

import { adminText } from '@/i18n/adminText'
import { saidInEditorsLanguage } from '@/i18n/validationMessage'

/** Where the group meets: the zone meeting times are shown in, and demonstrations' local times are read in. */
export const DEFAULT_TIME_ZONE = 'Europe/London'

/** "Area/Location" as the IANA database names zones; offsets ("+01:00") and abbreviations ("BST") are not zones. */
const ZONE_NAME = /^(?:UTC|[A-Z][A-Za-z_]*(?:\/[A-Za-z0-9_+-]+)+)$/

/** An IANA zone name this server's clock knows ("Europe/London", and aliases such as "Europe/Kiev"). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 64 || !ZONE_NAME.test(value)) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

/** A zone read from the settings, or the default when they were saved before the field existed. */
export const timeZoneOr = (value: string | null | undefined) => (isTimeZone(value) ? value : DEFAULT_TIME_ZONE)

export const timeZoneField: TextField = {
  name: 'timeZone',
  label: adminText('siteSettings:timeZone:label'),
  type: 'text',
  required: true,
  defaultValue: DEFAULT_TIME_ZONE,
  maxLength: 64,
  admin: { description: adminText('siteSettings:timeZone:description') },
  validate: saidInEditorsLanguage((value: string | null | undefined) => (isTimeZone(value) ? true : 'timeZone')),
}
