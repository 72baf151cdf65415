import { siteFeed } from '@/lib/feeds/feedRoutes'

export const runtime = 'nodejs'
/** Built once per language, then served from the cache until a hook expires its tags or the timer runs out. */
export const dynamic = 'force-static'
/** REVALIDATE_SECONDS, written out: Next reads segment config from the source and refuses an imported name. */
export const revalidate = 3600

export { languageParams as generateStaticParams } from '@/i18n/pageLanguage'

export const GET = siteFeed('rss')
