import { notFound } from 'next/navigation'

import { type Language, languageOf, languages } from '@/i18n/languages'

/** What every page under `app/(frontend)/[lang]/` is given: the language segment, as written. */
export type LanguageParams = { lang: string }

/**
 * The language a page is asked for in. Anything else in the first segment is a 404: the router
 * sends English pages here as `/en/…` and redirects anyone who writes `/en/…` themselves.
 */
export async function pageLanguage(params: Promise<LanguageParams>): Promise<Language> {
  const language = languageOf((await params).lang)
  if (!language) notFound()
  return language
}

/** Every language's pages are built with the site, as English ones were. */
export function languageParams(): LanguageParams[] {
  return languages.map(({ code }) => ({ lang: code }))
}
