import type { Payload } from 'payload'

import { defaultLanguage, type LanguageCode } from '@/i18n/languages'

/** The site settings in one language: what is not translated reads as English. */
export async function findSiteSettings(payload: Payload, lang: LanguageCode) {
  return payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 0, locale: lang, fallbackLocale: defaultLanguage.code })
}
