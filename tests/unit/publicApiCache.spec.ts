import { afterEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { noteContentChanged } from '@/lib/cache/changes'
import { isPublicApiRead, PRIVATE_API_CACHE, PUBLIC_API_CACHE } from '@/lib/cache/publicApiReads'
import { createPageCache } from '@/server/pageCache'
import { applyPolicyAndETag } from '@/server/pagePolicyResponse'

const servers: http.Server[] = []

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

/**
 * The production server's order of work around a stand-in for Payload's REST handler, which answers
 * as Payload does (JSON, no Cache-Control) and says who asked: signed in, or a visitor.
 */
async function serverWithCache() {
  const cache = createPageCache({ settleMs: 0 })
  const reachedPayload: string[] = []
  const server = http.createServer((req, res) => {
    if (cache.serve(req, res)) return
    applyPolicyAndETag(res, () => "script-src 'self'", cache.recorder(req))
    reachedPayload.push(req.url!)
    const signedIn = Boolean(req.headers.authorization || req.headers.cookie)
    const status = req.url!.includes('missing') ? 404 : 200
    res.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' })
    res.end(JSON.stringify({ url: req.url, signedIn, docs: Array(50).fill({ title: 'A published article' }) }))
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, reachedPayload }
}

function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    http
      .request(url, { method, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }))
      })
      .on('error', reject)
      .end()
  })
}

describe('which API addresses read public content', () => {
  it.each([
    '/api/articles?limit=12',
    '/api/articles?where[topics.slug][equals]=gaza&sort=-publishedAt&select[title]=true&depth=1&page=2',
    '/api/articles/12',
    '/api/articles/count',
    '/api/demo-reports?locale=uk&fallback-locale=en',
    '/api/media/7',
    '/api/topics',
    '/api/globals/site-settings',
  ])('%s is one', (url) => {
    expect(isPublicApiRead(url)).toBe(true)
  })

  it.each([
    '/api/articles?draft=true',
    '/api/articles/12?draft=false',
    '/api/articles?draft[]=true',
    '/api/articles?%64raft=true',
    '/api/articles/versions',
    '/api/articles/versions/3',
    '/api/media/file/banner.jpg',
    '/api/media/7/blur',
    '/api/users',
    '/api/users/me',
    '/api/webhooks',
    '/api/payload-jobs',
    '/api/health',
    '/news/why-we-carry-this-banner',
  ])('%s is not', (url) => {
    expect(isPublicApiRead(url)).toBe(false)
  })
})

describe('the API answers visitors get, kept by the page cache', () => {
  it('sends a visitor the answer from memory the second time, labelled for a CDN to check each time', async () => {
    const { origin, reachedPayload } = await serverWithCache()
    const first = await get(`${origin}/api/articles?limit=12`)
    const second = await get(`${origin}/api/articles?limit=12`)
    expect(reachedPayload).toEqual(['/api/articles?limit=12'])
    expect(second.body).toBe(first.body)
    expect(second.headers['cache-control']).toBe(PUBLIC_API_CACHE)
    expect(second.headers.etag).toMatch(/^"[\w-]+"$/)
    expect(second.headers.etag).toBe(first.headers.etag)
    expect(second.headers['access-control-allow-origin']).toBe('*')
    expect(second.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'")
  })

  it('answers a client that holds the current answer with a 304, from Payload and from memory alike', async () => {
    const { origin, reachedPayload } = await serverWithCache()
    const signedIn = { Authorization: 'JWT abc' }
    const editors = await get(`${origin}/api/articles/12`, signedIn)
    const fromPayload = await get(`${origin}/api/articles/12`, { ...signedIn, 'If-None-Match': editors.headers.etag! })
    const visitors = await get(`${origin}/api/articles/12`, { 'If-None-Match': '"an-older-answer"' })
    const fromMemory = await get(`${origin}/api/articles/12`, { 'If-None-Match': visitors.headers.etag! })
    expect(visitors.status).toBe(200)
    expect(reachedPayload).toEqual(['/api/articles/12', '/api/articles/12', '/api/articles/12'])
    for (const answer of [fromPayload, fromMemory]) {
      expect(answer.status).toBe(304)
      expect(answer.body).toBe('')
    }
    expect(fromMemory.headers.etag).toBe(visitors.headers.etag)
    expect(editors.headers.etag).not.toBe(visitors.headers.etag)
  })

  it.each([
    ['a session cookie', { Cookie: 'payload-token=abc' }],
    ['an Authorization header', { Authorization: 'JWT abc' }],
    ['an API key', { Authorization: 'users API-Key abc' }],
  ])('never gives a request with %s the visitors’ answer, nor keeps its own', async (_, headers) => {
    const { origin, reachedPayload } = await serverWithCache()
    await get(`${origin}/api/articles`)
    const signedIn = await get(`${origin}/api/articles`, headers)
    expect(JSON.parse(signedIn.body).signedIn).toBe(true)
    expect(signedIn.headers['cache-control']).toBe(PRIVATE_API_CACHE)
    await get(`${origin}/api/articles`, headers)
    const visitor = await get(`${origin}/api/articles`)
    expect(JSON.parse(visitor.body).signedIn).toBe(false)
    expect(reachedPayload).toEqual(['/api/articles', '/api/articles', '/api/articles'])
  })

  it('never keeps an answer to a request that asks for drafts, and labels it as the asker’s alone', async () => {
    const { origin, reachedPayload } = await serverWithCache()
    for (const headers of [{}, {}, { Authorization: 'JWT abc' }] as Record<string, string>[]) {
      const answer = await get(`${origin}/api/articles?draft=true`, headers)
      expect(answer.headers['cache-control']).toBe(PRIVATE_API_CACHE)
    }
    expect(reachedPayload).toHaveLength(3)
  })

  it('keeps each locale, query and depth apart', async () => {
    const { origin, reachedPayload } = await serverWithCache()
    const urls = ['/api/articles?locale=en', '/api/articles?locale=uk', '/api/articles?locale=uk&fallback-locale=en', '/api/articles?depth=0']
    for (const url of [...urls, ...urls]) await get(`${origin}${url}`)
    expect(reachedPayload).toEqual(urls)
    expect(JSON.parse((await get(`${origin}/api/articles?locale=uk`)).body).url).toBe('/api/articles?locale=uk')
  })

  it('drops every kept answer when the content changes, as it drops the pages', async () => {
    const { origin, reachedPayload } = await serverWithCache()
    await get(`${origin}/api/topics`)
    noteContentChanged()
    await get(`${origin}/api/topics`)
    expect(reachedPayload).toEqual(['/api/topics', '/api/topics'])
  })

  it.each(['/api/users/me', '/api/articles/versions', '/api/payload-jobs', '/api/articles/missing'])('never keeps %s', async (path) => {
    const { origin, reachedPayload } = await serverWithCache()
    await get(`${origin}${path}`)
    const again = await get(`${origin}${path}`)
    expect(reachedPayload).toEqual([path, path])
    expect(again.headers['cache-control']).not.toBe(PUBLIC_API_CACHE)
  })

  it('labels a refusal as nobody else’s to keep', async () => {
    const { origin } = await serverWithCache()
    expect((await get(`${origin}/api/articles/missing`)).headers['cache-control']).toBe(PRIVATE_API_CACHE)
  })
})
