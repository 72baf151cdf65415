import { type NextRequest, NextResponse } from 'next/server'

/**
 * A route that reads the query string is rendered for every request, so the plain addresses stay
 * cached pages and the query string picks a different route:
 * - `/news?page=3` and `/demos?page=3` become `/news/page/3`, built once and cached;
 * - a filtered archive (`/photos?year=2024`, `/photos/12?demo=…`) goes to its `filtered` route,
 *   rendered per request from cached queries.
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone()
  if (url.search === '') return NextResponse.next()
  if (url.pathname === '/news' || url.pathname === '/demos') {
    const page = url.searchParams.get('page')
    if (page === null) return NextResponse.next()
    url.pathname = `${url.pathname}/page/${encodeURIComponent(page.slice(0, 20))}`
    url.search = ''
    return NextResponse.rewrite(url)
  }
  if (url.pathname === '/photos' || /^\/photos\/[0-9a-f]{1,24}$/.test(url.pathname)) {
    url.pathname = `${url.pathname}/filtered`
    return NextResponse.rewrite(url)
  }
  return NextResponse.next()
}

export const config = {
  matcher: ['/news', '/demos', '/photos', '/photos/:id'],
}
