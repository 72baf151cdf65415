import type { LanguageCode } from '@/i18n/languages'
import { defaultLanguage } from '@/i18n/languages'

/** Everything public queries share: the visitor's access rules apply, never the Local API's bypass. */
export const asVisitor = { overrideAccess: false, draft: false } as const

/** The same, read in one language: whatever is not translated reads as English. */
export function asVisitorIn(lang: LanguageCode) {
  return { ...asVisitor, locale: lang, fallbackLocale: defaultLanguage.code }
}
