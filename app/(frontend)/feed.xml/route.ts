import { env } from '@/lib/startup/env'
import { buildRss, rssResponse } from '@/lib/feeds/rss'
import { getFeedItems, getSiteSettings } from '@/lib/queries'

export const runtime = 'nodejs'
/** Built once, then served from the cache until a hook expires its tags or the timer runs out. */
export const dynamic = 'force-static'
/** REVALIDATE_SECONDS, written out: Next reads segment config from the source and refuses an imported name. */
export const revalidate = 3600

export async function GET() {
  const [settings, items] = await Promise.all([getSiteSettings(), getFeedItems()])
  const { serverURL } = env()
  return rssResponse(
    buildRss({
      title: settings.siteName,
      description: settings.tagline,
      pageURL: `${serverURL}/`,
      feedURL: `${serverURL}/feed.xml`,
      items: items ?? [],
    }),
  )
}
