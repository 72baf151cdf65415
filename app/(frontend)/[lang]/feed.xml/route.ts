import { pageLanguage, type LanguageParams } from '@/i18n/pageLanguage'
import { env } from '@/lib/startup/env'
import { buildRss, rssResponse } from '@/lib/feeds/rss'
import { localizedPath } from '@/lib/urls/localizedPath'
import { getFeedItems, getSiteSettings } from '@/lib/queries'

export const runtime = 'nodejs'
/** Built once per language, then served from the cache until a hook expires its tags or the timer runs out. */
export const dynamic = 'force-static'
/** REVALIDATE_SECONDS, written out: Next reads segment config from the source and refuses an imported name. */
export const revalidate = 3600

export { languageParams as generateStaticParams } from '@/i18n/pageLanguage'

/** The site's news in one language: only what is written in it (`/uk/feed.xml` holds translations). */
export async function GET(_request: Request, { params }: { params: Promise<LanguageParams> }) {
  const { code, locale } = await pageLanguage(params)
  const [settings, items] = await Promise.all([getSiteSettings(code), getFeedItems(code)])
  const { serverURL } = env()
  return rssResponse(
    buildRss({
      language: locale,
      title: settings.siteName,
      description: settings.tagline,
      pageURL: `${serverURL}${localizedPath(code, '/')}`,
      feedURL: `${serverURL}${localizedPath(code, '/feed.xml')}`,
      items: items ?? [],
    }),
  )
}
