import { ar as payloadArabic } from '@payloadcms/translations/languages/ar'
import { en as payloadEnglish } from '@payloadcms/translations/languages/en'
import { uk as payloadUkrainian } from '@payloadcms/translations/languages/uk'

import { ar } from './strings/ar'
import { en } from './strings/en'
import { uk } from './strings/uk'

/**
 * Every language the project speaks. Adding one takes an entry here and a strings file beside en.ts.
 * `locale` formats dates and numbers (Intl), `ogLocale` is the form link previews name it in, and
 * `payload` is Payload's own translation of its admin (from @payloadcms/translations).
 * The first entry is the default, and the fallback for anything missing.
 */
export const languages = [
  { code: 'en', name: 'English', direction: 'ltr', locale: 'en-GB', ogLocale: 'en_GB', payload: payloadEnglish, strings: en },
  { code: 'uk', name: 'Українська', direction: 'ltr', locale: 'uk-UA', ogLocale: 'uk_UA', payload: payloadUkrainian, strings: uk },
  { code: 'ar', name: 'العربية', direction: 'rtl', locale: 'ar', ogLocale: 'ar_AR', payload: payloadArabic, strings: ar },
] as const

export type LanguageCode = (typeof languages)[number]['code']

export const defaultLanguage = languages[0]

export type Language = (typeof languages)[number]

export const languageCodes: LanguageCode[] = languages.map((language) => language.code)

export function languageOf(code: string): Language | undefined {
  return languages.find((language) => language.code === code)
}
