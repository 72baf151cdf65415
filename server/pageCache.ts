import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'

import Negotiator from 'negotiator'
import vary from 'vary'

import { contentChanges, RENDERS_SETTLE_MS } from '@/lib/cache/changes'
import { isPublicApiRead } from '@/lib/cache/publicApiReads'
import { isSearchPage } from '@/lib/cache/searchPages'

import { matchesIfNoneMatch, NOT_ON_304 } from '@/server/entityTag'

/** Bytes of pages kept, their compressed copies included; beyond that the least recently read go. */
const CACHE_BYTES = 32 * 1024 * 1024
/** A larger page is served by Next every time rather than crowd out the rest. */
const LARGEST_PAGE_BYTES = 1024 * 1024
/**
 * How long a page is kept whatever happens. Every change made through this server empties the
 * cache at once; this bounds how long one made outside it (a seed or a restore run beside it, a
 * second server on the same database) can go unseen here beyond Next's own cache.
 */
const KEEP_MS = 60_000
/** Smaller bodies are not worth compressing (the compression middleware's threshold). */
const COMPRESS_FROM_BYTES = 1024

const ENCODINGS = ['br', 'gzip', 'identity']
const PREFERRED_ENCODINGS = ['br', 'gzip']
type Encoding = 'br' | 'gzip'
/** Negotiator breaks ties by the server's preference since 0.6.4; its published types are older. */
type EncodingNegotiator = { encoding(available: string[], preferred: string[]): string | undefined }

/** Headers of the stored response that belong to one sending of it, not to the page. */
const PER_SENDING = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'date', 'connection', 'keep-alive'])

type StoredPage = {
  headers: OutgoingHttpHeaders
  body: Buffer
  etag: string
  compressed: Partial<Record<Encoding, Buffer>>
  /** The request headers the page varies on (its `Vary`), with the values they had. */
  varies: [name: string, value: string | undefined][]
  changeCount: number
  storedAt: number
  bytes: number
}

/** Stores a page when its response is complete; see `createPageCache`. */
export type PageRecorder = (res: ServerResponse, body: Buffer) => void

/**
 * A request whose answer cannot depend on who sends it: a plain GET from a visitor. Cookies carry a
 * session or draft mode, and Next's own headers ask for other answers (RSC payloads, prefetches,
 * revalidation) from the same address.
 */
export function isShareableRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET') return false
  for (const name of Object.keys(req.headers)) {
    if (name === 'cookie' || name === 'authorization' || name === 'range' || name === 'rsc') return false
    if (/^(?:next-|x-nextjs-|x-middleware-|x-invoke-|x-prerender-|x-matched-path|x-now-)/.test(name)) return false
  }
  return true
}

/**
 * A response everyone gets: a page, feed or sitemap Next serves from its cache (had or has just
 * built), or the API's answer to a visitor's read of public content (see publicApiReads.ts), which
 * depends on the address alone, or a search page (see searchPages.ts), which does too.
 */
function isSharedResponse(res: ServerResponse): boolean {
  const nextCache = res.getHeader('x-nextjs-cache')
  const url = res.req.url ?? '/'
  if (res.statusCode !== 200 || (nextCache !== 'HIT' && nextCache !== 'MISS' && !isPublicApiRead(url) && !isSearchPage(url))) return false
  if (res.hasHeader('set-cookie') || varyNames(res).includes('*')) return false
  return !/\b(?:private|no-store)\b/i.test(String(res.getHeader('cache-control') ?? ''))
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}

function varyNames(res: ServerResponse): string[] {
  return String(res.getHeader('vary') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '' && name !== 'accept-encoding')
}

function compress(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'gzip') return gzipSync(body, { level: 9 })
  return brotliCompressSync(body, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 6, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length },
  })
}

/**
 * The pages, feeds and sitemaps Next has cached, kept once more in memory in front of it, ready to
 * send and already compressed. Next's own work for a cached page (routing, reading its cache,
 * streaming it out) was most of the time a page took, and compressing it on every request as much
 * again. Only what Next serves to everyone is kept, and only for requests that cannot ask for
 * anything else; any change to the content (`noteContentChanged`) makes every kept page stale.
 * The API's answers to visitors' reads of public content are kept the same way: worked out by
 * Payload they cost 20 ms each, and a list at 32 connections waited half a second for its turn.
 */
export function createPageCache({ maxBytes = CACHE_BYTES, keepMs = KEEP_MS, settleMs = RENDERS_SETTLE_MS } = {}) {
  const pages = new Map<string, StoredPage>()
  let bytes = 0

  function forget(key: string) {
    const page = pages.get(key)
    if (!page) return
    pages.delete(key)
    bytes -= page.bytes
  }

  function forgetBeyondBudget() {
    for (const [oldest] of pages) {
      if (bytes <= maxBytes) break
      forget(oldest)
    }
  }

  function keep(key: string, page: StoredPage) {
    forget(key)
    pages.set(key, page)
    bytes += page.bytes
    forgetBeyondBudget()
  }

  function current(key: string, req: IncomingMessage): StoredPage | undefined {
    const page = pages.get(key)
    if (!page) return undefined
    if (page.changeCount !== contentChanges().count || Date.now() - page.storedAt > keepMs) {
      forget(key)
      return undefined
    }
    if (page.varies.some(([name, value]) => headerValue(req, name) !== value)) return undefined
    return page
  }

  function bodyFor(page: StoredPage, encoding: Encoding): Buffer {
    const known = page.compressed[encoding]
    if (known) return known
    const compressed = compress(page.body, encoding)
    page.compressed[encoding] = compressed
    page.bytes += compressed.length
    bytes += compressed.length
    forgetBeyondBudget()
    return compressed
  }

  /** Answers the request from the cache and returns true, or returns false to leave it to Next. */
  function serve(req: IncomingMessage, res: ServerResponse): boolean {
    if (!isShareableRequest(req) || !contentChanges().changesReachUs) return false
    const key = req.url ?? '/'
    const page = current(key, req)
    if (!page) return false
    // Read again, it moves to the back of the queue to be forgotten.
    pages.delete(key)
    pages.set(key, page)
    if (matchesIfNoneMatch(req.headers['if-none-match'], page.etag)) {
      const headers = Object.fromEntries(Object.entries(page.headers).filter(([name]) => !NOT_ON_304.includes(name)))
      res.writeHead(304, headers)
      res.end()
      return true
    }
    // The compression middleware adds `Accept-Encoding` to `Vary` only after the page is stored.
    const headers: OutgoingHttpHeaders = { ...page.headers, vary: vary.append(String(page.headers.vary ?? ''), 'Accept-Encoding') }
    const negotiated = (new Negotiator(req) as unknown as EncodingNegotiator).encoding(ENCODINGS, PREFERRED_ENCODINGS)
    const encoding = page.body.length >= COMPRESS_FROM_BYTES && (negotiated === 'br' || negotiated === 'gzip') ? negotiated : null
    const body = encoding ? bodyFor(page, encoding) : page.body
    if (encoding) headers['content-encoding'] = encoding
    headers['content-length'] = body.length
    res.writeHead(200, headers)
    res.end(body)
    return true
  }

  /**
   * For a request the cache could answer, a recorder to call with the complete response: it keeps
   * the page if Next served it to everyone and the content has not changed since the request came.
   */
  function recorder(req: IncomingMessage): PageRecorder | undefined {
    if (!isShareableRequest(req)) return undefined
    const key = req.url ?? '/'
    const { count, at, changesReachUs } = contentChanges()
    // Freshness beats speed: what could not be expired everywhere is not kept.
    if (!changesReachUs) return undefined
    const arrived = Date.now()
    if (arrived - at < settleMs) return undefined
    return (res, body) => {
      const etag = res.getHeader('etag')
      if (typeof etag !== 'string' || !isSharedResponse(res) || body.length > LARGEST_PAGE_BYTES) return
      // Stored under the count it arrived with: after a change in between, it is already out of date.
      const headers = Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !PER_SENDING.has(name)))
      const varies = varyNames(res).map((name): [string, string | undefined] => [name, headerValue(req, name)])
      keep(key, { headers, body, etag, compressed: {}, varies, changeCount: count, storedAt: arrived, bytes: body.length })
    }
  }

  return { serve, recorder }
}
