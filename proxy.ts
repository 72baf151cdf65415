import { type NextRequest, NextResponse } from 'next/server'

/**
 * `/news?page=3` is the public address of a list page, but a route that reads the query string is
 * rendered for every request. Rewriting it to `/news/page/3` lets each page be built once and cached.
 */
export function proxy(request: NextRequest) {
  const page = request.nextUrl.searchParams.get('page')
  if (page === null) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = `${url.pathname}/page/${encodeURIComponent(page.slice(0, 20))}`
  url.search = ''
  return NextResponse.rewrite(url)
}

export const config = {
  matcher: ['/news', '/demos'],
}
