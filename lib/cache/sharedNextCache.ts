/**
 * Next's cache shared in Redis (server/nextCacheHandler.ts), reachable from any code in the process:
 * the handler registers itself here, on `globalThis`, since Next loads it apart from the app's bundles.
 */
type SharedNextCache = { revalidateTag(tag: string): Promise<void> }

const SHARED = Symbol.for('solidarity-news.sharedNextCache')

export function registerSharedNextCache(cache: SharedNextCache): void {
  ;(globalThis as { [SHARED]?: SharedNextCache })[SHARED] = cache
}

export function sharedNextCache(): SharedNextCache | undefined {
  return (globalThis as { [SHARED]?: SharedNextCache })[SHARED]
}

/** Next's implicit tag of the root layout, which every page and route carries: it expires them all. */
export const EVERY_PAGE_TAG = '_N_T_/layout'
