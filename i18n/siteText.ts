import { defaultLanguage, type LanguageCode, languageOf } from '@/i18n/languages'
import type { Strings } from '@/i18n/strings/en'

export type SiteStrings = Strings['site']

/** The public site's words in one language: what every page and component shows a visitor. */
export function siteText(lang: LanguageCode): SiteStrings {
  return (languageOf(lang) ?? defaultLanguage).strings.site
}
