import { ar as payloadArabic } from '@payloadcms/translations/languages/ar'
import { en as payloadEnglish } from '@payloadcms/translations/languages/en'
import { uk as payloadUkrainian } from '@payloadcms/translations/languages/uk'

import { ar } from '@/i18n/strings/ar'
import { en } from '@/i18n/strings/en'
import { uk } from '@/i18n/strings/uk'

/**
 * Every language the project speaks. Adding one takes an entry here and a strings file beside en.ts;
 * `payload` is Payload's own translation of its admin (from @payloadcms/translations).
 * The first entry is the default, and the fallback for anything missing.
 */
export const languages = [
  { code: 'en', name: 'English', direction: 'ltr', payload: payloadEnglish, strings: en },
  { code: 'uk', name: 'Українська', direction: 'ltr', payload: payloadUkrainian, strings: uk },
  { code: 'ar', name: 'العربية', direction: 'rtl', payload: payloadArabic, strings: ar },
] as const

export type LanguageCode = (typeof languages)[number]['code']

export const defaultLanguage = languages[0]
