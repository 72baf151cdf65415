import { splitLanguage } from '@/lib/urls/localizedPath'

/**
 * The search page (`/search?q=…`), which Next renders for every request because each query
 * differs. Its answer depends on the address alone (the index holds only what visitors can see),
 * so the server's page cache keeps each query's page beside the cached pages (server/pageCache.ts),
 * and any change to the content expires them all alike. The cache's byte budget bounds how many are
 * kept, however many different queries arrive. The same holds in every language (`/uk/search`).
 */
export function isSearchPage(url: string): boolean {
  return splitLanguage(url.split(/[?#]/, 1)[0]).path === '/search'
}
