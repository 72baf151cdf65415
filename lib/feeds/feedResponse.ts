import { REVALIDATE_SECONDS } from '@/lib/cache/tags'
import { buildAtom } from '@/lib/feeds/atom'
import type { FeedChannel } from '@/lib/feeds/channel'
import { FEED_FILES, type FeedFormat } from '@/lib/feeds/feedFiles'
import { buildJsonFeed } from '@/lib/feeds/jsonFeed'
import { buildRss } from '@/lib/feeds/rss'

const BUILDERS: Record<FeedFormat, (channel: FeedChannel) => string> = { rss: buildRss, atom: buildAtom, json: buildJsonFeed }

/**
 * Readers must ask again every time (cheap: the server answers from its own cache, or a 304), so a
 * publication reaches them as soon as the cache tags expire. A proxy in front may keep a feed as it
 * keeps pages: every change that shows in a feed purges it (lib/cache/plan.ts).
 */
export function feedResponse(format: FeedFormat, channel: FeedChannel): Response {
  return new Response(BUILDERS[format](channel), {
    headers: {
      'Content-Type': `${FEED_FILES[format].type}; charset=utf-8`,
      'Cache-Control': `public, max-age=0, s-maxage=${REVALIDATE_SECONDS}`,
    },
  })
}
