import { defaultLanguage, type LanguageCode, languageCodes, languageOf } from '../../i18n/languages'

/** First segments that belong to no language: the admin, the API, Next's own files, the sitemaps. */
export const UNLOCALIZED_SEGMENTS = ['api', 'admin', '_next', 'next', 'sitemap.xml', 'sitemaps', 'robots.txt', 'icon.svg', 'favicon.ico']

/**
 * For the router: a path whose first segment is neither a language nor one of the above, which is
 * an English page (next.config.ts rewrites it to `/en/…`).
 */
export const ENGLISH_PATH_PATTERN = `(?!(?:${[...languageCodes, ...UNLOCALIZED_SEGMENTS].map((segment) => segment.replace(/\./g, '\\.')).join('|')})(?:/|$)).*`

/**
 * A page's address in one language. English keeps the addresses the site always had; every other
 * language puts its code in front of the same path (`/uk/news/<slug>`), so a link moves between
 * languages by its prefix alone.
 */
export function localizedPath(lang: LanguageCode, path: string): string {
  if (lang === defaultLanguage.code) return path
  return path === '/' ? `/${lang}` : `/${lang}${path}`
}

/** The language an address is in and the address without its prefix: `/ar/demos` → ar, `/demos`. */
export function splitLanguage(address: string): { lang: LanguageCode; path: string } {
  const [, first, ...rest] = address.split('/')
  const language = first ? languageOf(first) : undefined
  if (!language || language.code === defaultLanguage.code) return { lang: defaultLanguage.code, path: address }
  return { lang: language.code, path: `/${rest.join('/')}` }
}

/**
 * Where Next keeps a public page: every language's pages live under `app/(frontend)/[lang]/`, and
 * the router rewrites an unprefixed address to `/en/…` (next.config.ts). A route pattern
 * (`/news/page/[page]`) stands for its pages in every language.
 */
export function routePath(address: string): string {
  if (!address.startsWith('/') || UNLOCALIZED_SEGMENTS.includes(address.split('/')[1] ?? '')) return address
  if (address.includes('[')) return `/[lang]${address}`
  const { lang, path } = splitLanguage(address)
  return path === '/' ? `/${lang}` : `/${lang}${path}`
}
