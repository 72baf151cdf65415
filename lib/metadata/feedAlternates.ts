import type { LanguageCode } from '@/i18n/languages'
import { FEED_FILES, FEED_FORMATS, feedPath } from '@/lib/feeds/feedFiles'
import { localizedPath } from '@/lib/urls/localizedPath'

/** A feed a page announces: the page it follows (`/`, `/topics/gaza`) and, but for the site's own, what it is about. */
export type AnnouncedFeed = { pagePath: string; title?: string }

/**
 * The `<link rel="alternate">` of each feed in each format, in the page's language, for
 * `alternates.types`: feed readers and browsers find the feeds from any page.
 */
export function feedAlternates(lang: LanguageCode, feeds: AnnouncedFeed[]) {
  return Object.fromEntries(
    FEED_FORMATS.map((format) => [
      FEED_FILES[format].type,
      feeds.map(({ pagePath, title }) => ({ url: localizedPath(lang, feedPath(pagePath, format)), title: title ? `${title} (${FEED_FILES[format].name})` : FEED_FILES[format].name })),
    ]),
  )
}
