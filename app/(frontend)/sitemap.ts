import type { MetadataRoute } from 'next'

import { getSitemapEntries } from '@/lib/queries/outputs'

/** Built once, then served from the cache until a hook expires its tags or the timer runs out. */
export const dynamic = 'force-static'
/** REVALIDATE_SECONDS, written out: Next reads segment config from the source and refuses an imported name. */
export const revalidate = 3600

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return getSitemapEntries()
}
