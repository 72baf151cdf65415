import { topicFeed } from '@/lib/feeds/feedRoutes'

export const runtime = 'nodejs'
/** Each topic's feed is built on its first request, then served from the cache until its tags expire. */
export const dynamic = 'force-static'
/** REVALIDATE_SECONDS, written out: Next reads segment config from the source and refuses an imported name. */
export const revalidate = 3600

/** None at build time: topics change in the admin, and the build's database need not have them. */
export function generateStaticParams() {
  return []
}

export const GET = topicFeed('rss')
