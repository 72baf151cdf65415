import { splitLanguage } from '@/lib/urls/localizedPath'

/**
 * The addresses a change's expiry plan (lib/cache/plan.ts) names exactly. A proxy or CDN is purged
 * one exact address at a time, so only these may be kept by it; anything else (a later page of a
 * list, a filtered archive, a sitemap part, an address with a query) would outlive the change that
 * expired it. Each holds in every language (`/uk/news/<slug>`).
 */
const EXACT_ADDRESSES = [
  /^\/(?:news|demos|meetings|photos|photos\/banner|topics|about|join|feed\.xml|atom\.xml|feed\.json|calendar\.ics|sitemap\.xml)?$/,
  /^\/(?:news|demos|meetings|topics|photos)\/[^/]+$/,
  /^\/(?:demos|meetings)\/[^/]+\/calendar\.ics$/,
  /^\/topics\/[^/]+\/(?:feed\.xml|atom\.xml|feed\.json)$/,
  /^\/api\/media\/file\/[^/]+$/,
]

export function proxyMayKeep(url: string): boolean {
  if (url.includes('?')) return false
  const { path } = splitLanguage(url)
  return EXACT_ADDRESSES.some((address) => address.test(path))
}

/** What a proxy gets instead for any other address: the page is checked with us every time. */
export const NOT_FOR_PROXIES = 'public, max-age=0, must-revalidate'
