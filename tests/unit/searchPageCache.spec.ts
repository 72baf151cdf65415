import { afterEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { noteContentChanged } from '@/lib/cache/changes'
import { isSearchPage } from '@/lib/cache/searchPages'
import { createPageCache } from '@/server/pageCache'
import { applyPolicyAndETag } from '@/server/pagePolicyResponse'

/** What Next sends for a page it renders per request. */
const RENDERED_PER_REQUEST = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' }

const servers: http.Server[] = []

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

/** The production server's order of work around a stand-in for Next that renders every request. */
async function serverWithCache(status = 200) {
  const cache = createPageCache({ settleMs: 0 })
  const reachedNext: string[] = []
  const server = http.createServer((req, res) => {
    if (cache.serve(req, res)) return
    applyPolicyAndETag(res, () => "script-src 'self'", cache.recorder(req))
    reachedNext.push(req.url!)
    res.writeHead(status, RENDERED_PER_REQUEST)
    res.end(`<!doctype html><p>${req.url} rendered ${reachedNext.length} times</p>`)
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, reachedNext }
}

function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        res.resume()
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }))
      })
      .on('error', reject)
  })
}

describe('search pages in the server’s page cache', () => {
  it('are the search page’s addresses only', () => {
    expect(isSearchPage('/search?q=gaza&page=2')).toBe(true)
    expect(isSearchPage('/search')).toBe(true)
    expect(isSearchPage('/searching?q=x')).toBe(false)
    expect(isSearchPage('/news/search')).toBe(false)
  })

  it('keep each query’s page, though Next renders it per request, and let proxies keep it only if they ask again', async () => {
    const { origin, reachedNext } = await serverWithCache()
    for (const path of ['/search?q=gaza', '/search?q=gaza', '/search?q=kyiv', '/search?q=gaza&page=2', '/search?q=kyiv']) await get(`${origin}${path}`)
    expect(reachedNext).toEqual(['/search?q=gaza', '/search?q=kyiv', '/search?q=gaza&page=2'])
    expect((await get(`${origin}/search?q=gaza`)).headers['cache-control']).toBe('public, max-age=0, must-revalidate')
  })

  it('are rendered afresh after any change to the content', async () => {
    const { origin, reachedNext } = await serverWithCache()
    await get(`${origin}/search?q=gaza`)
    noteContentChanged()
    await get(`${origin}/search?q=gaza`)
    expect(reachedNext).toEqual(['/search?q=gaza', '/search?q=gaza'])
  })

  it('stay private and unkept for a signed-in editor, and for any other page rendered per request', async () => {
    const { origin, reachedNext } = await serverWithCache()
    const signedIn = await get(`${origin}/search?q=gaza`, { Cookie: 'payload-token=abc' })
    await get(`${origin}/search?q=gaza`, { Cookie: 'payload-token=abc' })
    await get(`${origin}/photos/1/filtered?demo=x`)
    await get(`${origin}/photos/1/filtered?demo=x`)
    expect(signedIn.headers['cache-control']).toMatch(/private/)
    expect(reachedNext).toHaveLength(4)
  })

  it('are never kept when the search failed', async () => {
    const { origin, reachedNext } = await serverWithCache(500)
    await get(`${origin}/search?q=gaza`)
    await get(`${origin}/search?q=gaza`)
    expect(reachedNext).toHaveLength(2)
  })
})
