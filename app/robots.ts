import type { MetadataRoute } from 'next'

import { env } from '@/lib/startup/env'

/** At the top of `app/`, not in `(frontend)`: Next serves /robots.txt only from the app root. */
export const dynamic = 'force-static'
/**
 * REVALIDATE_SECONDS, written out (Next reads segment config from the source). Prerendered by
 * `next build`, so a SERVER_URL that differs at run time is picked up within the hour.
 */
export const revalidate = 3600

export default function robots(): MetadataRoute.Robots {
  const { serverURL } = env()
  return {
    // The admin, the API and the preview routes are for organisers; indexing them would only leak their addresses.
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/next/'] },
    sitemap: `${serverURL}/sitemap.xml`,
  }
}
