import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { absoluteURL } from '@/lib/urls/absoluteURL'
import { localizedPath } from '@/lib/urls/localizedPath'
import { buildRss, rssResponse } from '@/lib/feeds/rss'
import { topicPath } from '@/lib/urls/paths'
import { getFeedItems, getSiteSettings, getTopic } from '@/lib/queries'

export const runtime = 'nodejs'
/** Each topic's feed is built on its first request, then served from the cache until its tags expire. */
export const dynamic = 'force-static'
/** REVALIDATE_SECONDS, written out: Next reads segment config from the source and refuses an imported name. */
export const revalidate = 3600

/** None at build time: topics change in the admin, and the build's database need not have them. */
export function generateStaticParams() {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<LanguageParams & { slug: string }> }) {
  const [{ code, locale }, { slug }] = await Promise.all([pageLanguage(params), params])
  const [topic, items, settings] = await Promise.all([getTopic(slug, code), getFeedItems(code, slug), getSiteSettings(code)])
  if (!topic || !items) {
    return new Response(siteText(code).topics.feedNotFound, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const page = absoluteURL(localizedPath(code, topicPath(slug)))
  return rssResponse(
    buildRss({
      language: locale,
      title: `${settings.siteName}: ${topic.name}`,
      description: topic.description || settings.tagline,
      pageURL: page,
      feedURL: `${page}/feed.xml`,
      items,
    }),
  )
}
