import type { Metadata } from 'next'

import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'

/** The head of a 404: its title in the page's language, and kept out of search engines. */
export function notFoundMetadata(lang: LanguageCode): Metadata {
  return { title: siteText(lang).notFound.title, robots: { index: false } }
}
