import type { Metadata } from 'next'

import { defaultLanguage, type LanguageCode, languageCodes, languageOf } from '@/i18n/languages'
import type { Media } from '@/payload-types'

import { type AnnouncedFeed, feedAlternates } from '@/lib/metadata/feedAlternates'

import { localizedPath } from '@/lib/urls/localizedPath'

/** The generated 1200×630 card used when a page has no picture of its own, in the page's language. */
export const defaultShareImage = (lang: LanguageCode) => localizedPath(lang, '/og/default')

type PageMetadata = {
  /** The language the page is asked for in. */
  lang: LanguageCode
  title: string
  description?: string | null
  /** The page's address in English, the unprefixed one. */
  path: string
  /** The languages the page exists in; a listing exists in all of them. */
  languages?: LanguageCode[]
  /** The language the page's words are in, when it falls back to English. */
  shownIn?: LanguageCode
  image?: Media | number | null
  type?: 'website' | 'article'
  publishedTime?: string | null
  modifiedTime?: string | null
  noIndex?: boolean
  /** The feeds the page announces before the site's own (a topic's page announces the topic's). */
  feeds?: AnnouncedFeed[]
}

function shareImage(page: PageMetadata) {
  const { image } = page
  if (image && typeof image === 'object' && image.url) {
    const og = image.sizes?.og
    if (og?.url && og.width && og.height) return { url: og.url, width: og.width, height: og.height, alt: image.alt }
    return { url: image.url, width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt }
  }
  return { url: defaultShareImage(page.lang), width: 1200, height: 630, alt: '' }
}

/**
 * The page's other languages for search engines and link previews: only those it is written in,
 * and `x-default`, the English address, for everyone else.
 */
function alternates(page: PageMetadata) {
  const languages = page.languages ?? languageCodes
  return {
    languages: {
      ...Object.fromEntries(languages.map((code) => [code, localizedPath(code, page.path)])),
      'x-default': page.path,
    },
    ogLocales: languages.filter((code) => code !== (page.shownIn ?? page.lang)).map((code) => languageOf(code)?.ogLocale ?? code),
  }
}

/** The address a page is known by: its own in its language, the English one when it falls back to English. */
export function canonicalPath(lang: LanguageCode, path: string, shownIn: LanguageCode = lang): string {
  return localizedPath(shownIn === lang ? lang : defaultLanguage.code, path)
}

/**
 * Title, description, canonical address, alternates and link-preview tags for one page; URLs are made
 * absolute by metadataBase. A page that falls back to English names the English page as canonical.
 */
export function pageMetadata(page: PageMetadata): Metadata {
  const image = shareImage(page)
  const description = page.description ?? undefined
  const shownIn = page.shownIn ?? page.lang
  const canonical = canonicalPath(page.lang, page.path, shownIn)
  const { languages, ogLocales } = alternates(page)
  return {
    title: page.title,
    description,
    alternates: { canonical, languages, types: feedAlternates(page.lang, [...(page.feeds ?? []), { pagePath: '/' }]) },
    openGraph: {
      title: page.title,
      description,
      url: canonical,
      locale: languageOf(shownIn)?.ogLocale,
      alternateLocale: ogLocales,
      type: page.type ?? 'website',
      images: [image],
      ...(page.type === 'article'
        ? { publishedTime: page.publishedTime ?? undefined, modifiedTime: page.modifiedTime ?? undefined }
        : {}),
    },
    twitter: { card: 'summary_large_image', title: page.title, description, images: [image.url] },
    ...(page.noIndex ? { robots: { index: false, follow: true } } : {}),
  }
}
