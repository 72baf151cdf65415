import { absoluteURL } from '@/lib/urls/absoluteURL'
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

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [topic, items, settings] = await Promise.all([getTopic(slug), getFeedItems(slug), getSiteSettings()])
  if (!topic || !items) {
    return new Response('There is no topic at this address.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const page = absoluteURL(topicPath(slug))
  return rssResponse(
    buildRss({
      title: `${settings.siteName}: ${topic.name}`,
      description: topic.description || settings.tagline,
      pageURL: page,
      feedURL: `${page}/feed.xml`,
      items,
    }),
  )
}
