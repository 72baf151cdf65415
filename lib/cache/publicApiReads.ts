/**
 * The REST API's reads of public content, whose answers to visitors the server's page cache keeps
 * beside the pages (server/pageCache.ts): lists, counts and single documents of the collections and
 * the global whose every change expires the cache through lib/cache/expire.ts. Versions, files,
 * accounts, jobs and anything asking for drafts are never kept. Free of imports, as the production
 * server bundles it too.
 */
const PUBLIC_READ = /^\/api\/(?:(?:articles|demo-reports|topics|media)(?:\/(?!versions$|file$)[^/]+)?|globals\/site-settings)$/

/**
 * A CDN may keep an answer but must ask again every time (a 304 from the page cache, ETag in hand):
 * a purge names exact page addresses, and the same document shows in any number of API addresses
 * (every query string, every depth that populates it), which no purge could list.
 */
export const PUBLIC_API_CACHE = 'public, max-age=0, must-revalidate'
/**
 * An answer to a signed-in request or to one asking for drafts, or a refusal: the asker's browser
 * alone may keep it, and asks again.
 */
export const PRIVATE_API_CACHE = 'private, no-cache'

function decoded(path: string): string | null {
  try {
    return decodeURIComponent(path).replace(/\/{2,}/g, '/').replace(/(.)\/+$/, '$1')
  } catch {
    return null
  }
}

function parts(url: string): { pathname: string | null; query: string } {
  const [path, query = ''] = url.split('#')[0].split(/\?(.*)/s)
  return { pathname: decoded(path), query }
}

/** Whether `url` (a request's path and query) reads the public collections or global, drafts or not. */
export function readsPublicContent(url: string): boolean {
  const { pathname } = parts(url)
  return pathname !== null && PUBLIC_READ.test(pathname)
}

/** Whether `url` reads public content and asks for no draft: a visitor's answer to it may be kept. */
export function isPublicApiRead(url: string): boolean {
  // `draft=true` makes Payload read the newest version; visitors get the published one anyway, but
  // no answer to a request that asks for drafts is ever kept.
  return readsPublicContent(url) && ![...new URLSearchParams(parts(url).query).keys()].some((key) => key === 'draft' || key.startsWith('draft['))
}
