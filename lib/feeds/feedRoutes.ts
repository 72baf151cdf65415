import { pageLanguage, type LanguageParams } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { feedPath, type FeedFormat } from '@/lib/feeds/feedFiles'
import { feedResponse } from '@/lib/feeds/feedResponse'
import { absoluteURL } from '@/lib/urls/absoluteURL'
import { localizedPath } from '@/lib/urls/localizedPath'
import { topicPath } from '@/lib/urls/paths'
import { getFeedItems, getSiteSettings, getTopic } from '@/lib/queries'

/**
 * The GET handlers of the feed routes, one per format: the formats differ only in how they are
 * written, so each route file names its format and these build the same channel for all three.
 */

/** The site's news in one language: only what is written in it (`/uk/feed.xml` holds translations). */
export function siteFeed(format: FeedFormat) {
  return async function GET(_request: Request, { params }: { params: Promise<LanguageParams> }) {
    const { code, locale } = await pageLanguage(params)
    const [settings, items] = await Promise.all([getSiteSettings(code), getFeedItems(code)])
    return feedResponse(format, {
      language: locale,
      title: settings.siteName,
      author: settings.siteName,
      description: settings.tagline,
      pageURL: absoluteURL(localizedPath(code, '/')),
      feedURL: absoluteURL(localizedPath(code, feedPath('/', format))),
      items: items ?? [],
    })
  }
}

/** One topic's articles and demo reports in one language; 404 when no topic has the slug. */
export function topicFeed(format: FeedFormat) {
  return async function GET(_request: Request, { params }: { params: Promise<LanguageParams & { slug: string }> }) {
    const [{ code, locale }, { slug }] = await Promise.all([pageLanguage(params), params])
    const [topic, items, settings] = await Promise.all([getTopic(slug, code), getFeedItems(code, slug), getSiteSettings(code)])
    if (!topic || !items) {
      return new Response(siteText(code).topics.feedNotFound, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    }
    return feedResponse(format, {
      language: locale,
      title: `${settings.siteName}: ${topic.name}`,
      author: settings.siteName,
      description: topic.description || settings.tagline,
      pageURL: absoluteURL(localizedPath(code, topicPath(slug))),
      feedURL: absoluteURL(localizedPath(code, feedPath(topicPath(slug), format))),
      items,
    })
  }
}
