import { type NextRequest, NextResponse } from 'next/server'

/**
 * A route that reads the query string is rendered for every request, so the plain addresses stay
 * cached pages and the query string picks a different route: a filtered archive (`/photos?year=2024`,
 * `/photos/12?demo=…`) goes to its `filtered` route, rendered per request from cached queries.
 * (`/news?page=3` is rewritten by the router: see next.config.ts.)
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone()
  if (url.search === '') return NextResponse.next()
  if (url.pathname === '/photos' || /^\/photos\/[0-9a-f]{1,24}$/.test(url.pathname)) {
    url.pathname = `${url.pathname}/filtered`
    return NextResponse.rewrite(url)
  }
  return NextResponse.next()
}

export const config = {
  matcher: ['/photos', '/photos/:id'],
}
