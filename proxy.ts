import { type NextRequest, NextResponse } from 'next/server'

import { splitLanguage } from '@/lib/urls/localizedPath'
import { filteredArchivePath } from '@/lib/urls/photoFilter'

/**
 * A route that reads the query string is rendered for every request, so the plain addresses stay
 * cached pages and the query string picks a different route: the filtered archive (`/photos?year=2024`)
 * goes to one cached page per filter, a photo seen within a filter (`/photos/12?demo=…`) to its
 * `filtered` route, rendered per request from cached queries. (`/news?page=3` is rewritten by the
 * router: see next.config.ts.) Each rewrite names the route in the address's language, `/[lang]/…`.
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone()
  if (url.search === '') return NextResponse.next()
  const { lang, path } = splitLanguage(url.pathname)
  if (path === '/photos') {
    url.pathname = `/${lang}${filteredArchivePath(url.searchParams)}`
    url.search = ''
    return NextResponse.rewrite(url)
  }
  if (/^\/photos\/[0-9a-f]{1,24}$/.test(path)) {
    url.pathname = `/${lang}${path}/filtered`
    return NextResponse.rewrite(url)
  }
  return NextResponse.next()
}

/**
 * The proxy runs only when a filter is asked for: on every other request it would cost a third of
 * what a cached page costs. Next reads this from the source, so each case is written out.
 */
export const config = {
  matcher: [
    { source: '/photos', has: [{ type: 'query', key: 'demo' }] },
    { source: '/photos', has: [{ type: 'query', key: 'year' }] },
    { source: '/photos', has: [{ type: 'query', key: 'topic' }] },
    { source: '/photos', has: [{ type: 'query', key: 'page' }] },
    { source: '/photos/:id', has: [{ type: 'query', key: 'demo' }] },
    { source: '/photos/:id', has: [{ type: 'query', key: 'year' }] },
    { source: '/photos/:id', has: [{ type: 'query', key: 'topic' }] },
    // The same in a language with a prefix (any two letters: an unknown one ends in a 404).
    { source: '/:lang([a-z]{2})/photos', has: [{ type: 'query', key: 'demo' }] },
    { source: '/:lang([a-z]{2})/photos', has: [{ type: 'query', key: 'year' }] },
    { source: '/:lang([a-z]{2})/photos', has: [{ type: 'query', key: 'topic' }] },
    { source: '/:lang([a-z]{2})/photos', has: [{ type: 'query', key: 'page' }] },
    { source: '/:lang([a-z]{2})/photos/:id', has: [{ type: 'query', key: 'demo' }] },
    { source: '/:lang([a-z]{2})/photos/:id', has: [{ type: 'query', key: 'year' }] },
    { source: '/:lang([a-z]{2})/photos/:id', has: [{ type: 'query', key: 'topic' }] },
  ],
}
