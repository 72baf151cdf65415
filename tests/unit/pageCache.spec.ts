import { afterEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { noteContentChanged } from '@/lib/cache/changes'
import { createPageCache } from '@/server/pageCache'
import { applyPolicyAndETag } from '@/server/pagePolicyResponse'

/** What Next answers for each address, as the production server sees it. */
const NEXT_ANSWERS: Record<string, { status?: number; headers: Record<string, string> }> = {
  '/page': { headers: { 'x-nextjs-cache': 'HIT', 'cache-control': 's-maxage=3600', vary: 'rsc, next-router-state-tree' } },
  '/built-now': { headers: { 'x-nextjs-cache': 'MISS', 'cache-control': 's-maxage=3600' } },
  '/stale': { headers: { 'x-nextjs-cache': 'STALE', 'cache-control': 's-maxage=3600' } },
  '/dynamic': { headers: { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' } },
  '/private': { headers: { 'x-nextjs-cache': 'HIT', 'cache-control': 'private, max-age=0' } },
  '/sets-cookie': { headers: { 'x-nextjs-cache': 'HIT', 'set-cookie': 'seen=1' } },
  '/missing': { status: 404, headers: { 'x-nextjs-cache': 'HIT' } },
  '/by-scheme': { headers: { 'x-nextjs-cache': 'HIT', vary: 'Sec-CH-Prefers-Color-Scheme' } },
  '/varies-on-anything': { headers: { 'x-nextjs-cache': 'HIT', vary: '*' } },
}

const servers: http.Server[] = []

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

/** The production server's order of work around a stand-in for Next that counts what reaches it. */
async function serverWithCache(options: Parameters<typeof createPageCache>[0] = {}) {
  const cache = createPageCache({ settleMs: 0, ...options })
  const reachedNext: string[] = []
  const server = http.createServer((req, res) => {
    if (cache.serve(req, res)) return
    applyPolicyAndETag(res, () => "script-src 'self'", cache.recorder(req))
    reachedNext.push(req.url!)
    const path = req.url!.split('?')[0]
    const answer = NEXT_ANSWERS[path] ?? NEXT_ANSWERS['/page']
    res.writeHead(answer.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...answer.headers })
    res.end(`<!doctype html><p>${req.url} rendered ${reachedNext.length} times</p>${'<p>padding</p>'.repeat(200)}`)
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { origin, reachedNext }
}

/** A raw GET, so the test sees the bytes and headers exactly as sent. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .request(url, { method, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
      .end()
  })
}

describe('the page cache in front of Next', () => {
  it('sends a page Next serves to everyone from memory the second time, with the same bytes and headers', async () => {
    const { origin, reachedNext } = await serverWithCache()
    const first = await get(`${origin}/page`)
    const second = await get(`${origin}/page`)
    expect(reachedNext).toEqual(['/page'])
    expect(second.status).toBe(200)
    expect(second.body.equals(first.body)).toBe(true)
    for (const name of ['etag', 'content-security-policy', 'content-type', 'cache-control']) {
      expect({ name, value: second.headers[name] }).toEqual({ name, value: first.headers[name] })
    }
    expect(second.headers['content-length']).toBe(String(first.body.length))
  })

  it('keeps a page Next has just built for its cache, and each query string apart', async () => {
    const { origin, reachedNext } = await serverWithCache()
    for (const path of ['/built-now', '/built-now', '/page?page=2', '/page?page=2', '/page?page=3']) await get(`${origin}${path}`)
    expect(reachedNext).toEqual(['/built-now', '/page?page=2', '/page?page=3'])
  })

  it('sends it compressed as the browser asks, brotli first, and says it varies on that', async () => {
    const { origin } = await serverWithCache()
    const plain = await get(`${origin}/page`)
    const brotli = await get(`${origin}/page`, { 'Accept-Encoding': 'gzip, deflate, br, zstd' })
    const gzip = await get(`${origin}/page`, { 'Accept-Encoding': 'gzip' })
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true)
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true)
    expect(gzip.body.length).toBeLessThan(plain.body.length / 5)
    expect(brotli.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding')
  })

  it('answers a browser that holds the current version with a 304: no body, no type, no policy', async () => {
    const { origin, reachedNext } = await serverWithCache()
    const { headers } = await get(`${origin}/page`)
    const again = await get(`${origin}/page`, { 'If-None-Match': headers.etag! })
    expect(reachedNext).toHaveLength(1)
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    expect(again.headers['etag']).toBe(headers.etag)
    expect(again.headers['content-type']).toBeUndefined()
    expect(again.headers['content-security-policy']).toBeUndefined()
  })

  it('drops every page when the content changes, and stores nothing while Next catches up', async () => {
    const { origin, reachedNext } = await serverWithCache({ settleMs: 300 })
    await get(`${origin}/page`)
    noteContentChanged()
    const afterChange = await get(`${origin}/page`)
    await get(`${origin}/page`)
    expect(reachedNext).toEqual(['/page', '/page', '/page'])
    expect(afterChange.body.toString()).toContain('rendered 2 times')
    await new Promise((resolve) => setTimeout(resolve, 350))
    await get(`${origin}/page`)
    await get(`${origin}/page`)
    expect(reachedNext).toHaveLength(4)
  })

  it('does not keep a page whose request began before a change', async () => {
    const cache = createPageCache({ settleMs: 0 })
    let rendered = 0
    const server = http.createServer((req, res) => {
      if (cache.serve(req, res)) return
      applyPolicyAndETag(res, () => '', cache.recorder(req))
      rendered++
      noteContentChanged()
      res.writeHead(200, { 'content-type': 'text/html', 'x-nextjs-cache': 'HIT' })
      res.end('<p>the old version</p>')
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`
    await get(url)
    await get(url)
    expect(rendered).toBe(2)
  })

  it('forgets a page after its time, whatever happens', async () => {
    const { origin, reachedNext } = await serverWithCache({ keepMs: 50 })
    await get(`${origin}/page`)
    await get(`${origin}/page`)
    await new Promise((resolve) => setTimeout(resolve, 80))
    await get(`${origin}/page`)
    expect(reachedNext).toEqual(['/page', '/page'])
  })

  it.each([
    ['a session or draft-mode cookie', { Cookie: 'payload-token=abc' }],
    ['credentials', { Authorization: 'JWT abc' }],
    ['an RSC payload', { RSC: '1' }],
    ['a prefetch', { 'Next-Router-Prefetch': '1' }],
    ['an on-demand revalidation', { 'x-prerender-revalidate': 'secret' }],
    ['a range', { Range: 'bytes=0-10' }],
  ])('leaves a request with %s to Next, and never keeps its answer', async (_, headers) => {
    const { origin, reachedNext } = await serverWithCache()
    await get(`${origin}/page`, headers)
    await get(`${origin}/page`)
    await get(`${origin}/page`, headers)
    expect(reachedNext).toEqual(['/page', '/page', '/page'])
  })

  it('leaves HEAD and writes to Next', async () => {
    const { origin, reachedNext } = await serverWithCache()
    await get(`${origin}/page`)
    await get(`${origin}/page`, {}, 'HEAD')
    await get(`${origin}/page`, {}, 'POST')
    expect(reachedNext).toEqual(['/page', '/page', '/page'])
  })

  it.each(['/stale', '/dynamic', '/private', '/sets-cookie', '/missing', '/varies-on-anything'])('never keeps %s', async (path) => {
    const { origin, reachedNext } = await serverWithCache()
    await get(`${origin}${path}`)
    await get(`${origin}${path}`)
    expect(reachedNext).toEqual([path, path])
  })

  it("keeps a page apart for each value of a request header it varies on", async () => {
    const { origin, reachedNext } = await serverWithCache()
    await get(`${origin}/by-scheme`, { 'Sec-CH-Prefers-Color-Scheme': 'dark' })
    await get(`${origin}/by-scheme`, { 'Sec-CH-Prefers-Color-Scheme': 'dark' })
    const light = await get(`${origin}/by-scheme`, { 'Sec-CH-Prefers-Color-Scheme': 'light' })
    expect(reachedNext).toHaveLength(2)
    expect(light.body.toString()).toContain('rendered 2 times')
  })

  it('stays within its memory, forgetting the page read longest ago', async () => {
    const pageBytes = (await get(`${(await serverWithCache()).origin}/page?a`)).body.length
    const { origin, reachedNext } = await serverWithCache({ maxBytes: pageBytes * 2 + pageBytes / 2 })
    for (const path of ['/page?a', '/page?b', '/page?a', '/page?c']) await get(`${origin}${path}`)
    // Three pages do not fit: b, read longest ago, was forgotten; a, read again, was kept.
    await get(`${origin}/page?a`)
    await get(`${origin}/page?b`)
    expect(reachedNext).toEqual(['/page?a', '/page?b', '/page?c', '/page?b'])
  })
})
