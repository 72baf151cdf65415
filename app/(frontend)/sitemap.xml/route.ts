import { absoluteURL } from '@/lib/urls/absoluteURL'
import { sitemapIndexXml, xmlResponse } from '@/lib/feeds/sitemapXml'
import { getSitemapParts } from '@/lib/queries'

export const runtime = 'nodejs'
/** Built once, then served from the cache until a hook expires its tags or the timer runs out. */
export const dynamic = 'force-static'
/** REVALIDATE_SECONDS, written out: Next reads segment config from the source and refuses an imported name. */
export const revalidate = 3600

/** An index of the parts, so neither it nor any part grows with everything ever published. */
export async function GET() {
  const parts = await getSitemapParts()
  return xmlResponse(sitemapIndexXml(parts.map((name) => absoluteURL(`/sitemaps/${name}`))))
}
