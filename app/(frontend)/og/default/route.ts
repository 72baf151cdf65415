/**
 * The default link-preview card at an address that never changes: the file convention's own URL
 * carries a hash of the route group (/opengraph-image-4usi79), so pages name this one instead.
 */
export { default as GET } from '@/app/(frontend)/opengraph-image'

/** Built once, then served from the cache until the site settings' tag expires or the timer runs out. */
export const dynamic = 'force-static'
/** REVALIDATE_SECONDS, written out: Next reads segment config from the source and refuses an imported name. */
export const revalidate = 3600
