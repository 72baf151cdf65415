/**
 * Names of the cached data the public pages read. Queries tag what they return; the collections'
 * hooks expire the same tags when an organiser changes something, so the pages that show it are
 * rebuilt on the next visit.
 */
export const cacheTags = {
  articles: 'articles',
  article: (slug: string) => `article:${slug}`,
  demoReports: 'demo-reports',
  demoReport: (slug: string) => `demo-report:${slug}`,
  meetings: 'meetings',
  meeting: (slug: string) => `meeting:${slug}`,
  topics: 'topics',
  media: 'media',
  siteSettings: 'site-settings',
} as const

/** The fallback timer: a page is rebuilt at least this often even if no hook fired (seconds). */
export const REVALIDATE_SECONDS = 3600
