import { urlSetXml, xmlResponse } from '@/lib/feeds/sitemapXml'
import { getSitemapPart } from '@/lib/queries'

export const runtime = 'nodejs'
/** Each part is built on its first request, then served from the cache until its tags expire. */
export const dynamic = 'force-static'
/** REVALIDATE_SECONDS, written out: Next reads segment config from the source and refuses an imported name. */
export const revalidate = 3600

/** None at build time: the number of parts follows what is published. */
export function generateStaticParams() {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const entries = await getSitemapPart((await params).part)
  if (!entries) {
    return new Response('There is no sitemap at this address.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  return xmlResponse(urlSetXml(entries))
}
