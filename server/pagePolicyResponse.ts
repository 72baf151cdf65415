import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { NOT_FOR_PROXIES, proxyMayKeep } from '@/lib/cache/proxyKeeps'
import { isPublicApiRead, PRIVATE_API_CACHE, PUBLIC_API_CACHE, readsPublicContent } from '@/lib/cache/publicApiReads'
import { isSearchPage } from '@/lib/cache/searchPages'
import { GONE_MARKER_HTML } from '@/lib/metadata/goneMarker'

import { NON_PAGE_POLICY } from '@/server/contentSecurityPolicy'
import { entityTag, matchesIfNoneMatch, NOT_ON_304 } from '@/server/entityTag'
import { isShareableRequest, type PageRecorder } from '@/server/pageCache'

type Chunk = string | Buffer | Uint8Array
type Callback = (error?: Error | null) => void

function toBuffer(chunk: Chunk, encoding?: BufferEncoding): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk)
}

/** Pages, and the feeds, calendars and sitemaps (XML, `text/calendar`, and JSON Feed's `application/feed+json`). */
const HELD_TYPES = /^(?:text\/html|text\/calendar|application\/(?:[a-z+]+\+)?xml|application\/feed\+json)\b/
const JSON_TYPE = /^application\/json\b/

/**
 * Gives every response its Content-Security-Policy, and pages and feeds their ETag. A page's policy
 * lists the hashes of the inline scripts it carries, which are known only once the page is
 * complete, so an HTML response is held back until its last byte (a cached page is ready at once;
 * a page rendered per request waits for its end) and its headers are written with it. Feeds (RSS,
 * iCalendar) and sitemaps are held for their ETag alone, and so are the API's answers to reads of public content
 * (lib/cache/publicApiReads.ts), which also get their Cache-Control here. Anything else passes
 * straight through.
 *
 * A held response, complete with its headers, goes to `record` (the page cache's, see pageCache.ts).
 *
 * A page in draft mode (`isDraftMode`) may be framed by the site's own admin, for its live preview;
 * every other response may be framed by no one.
 *
 * A page that renders the gone marker (lib/metadata/goneMarker.ts) is answered 410 Gone.
 *
 * A `GET` whose `If-None-Match` names the version it would get is answered `304 Not Modified`,
 * without the body. A 304 carries no policy at all: browsers merge its headers into the cached
 * page, and an empty policy would replace the page's hashes.
 */
/** Next offers every cached page to shared caches (`s-maxage`); only those a purge can reach may be kept. */
function keepFromProxiesUnlessPurgeable(res: ServerResponse) {
  if (/\bs-maxage\b/.test(String(res.getHeader('cache-control') ?? '')) && !proxyMayKeep(res.req.url ?? '/')) {
    res.setHeader('Cache-Control', NOT_FOR_PROXIES)
  }
}

/**
 * Gives the API's reads of public content their Cache-Control, and says whether to hold the answer
 * for its ETag. A visitor's answer is the same for everyone, and a CDN may keep it if it asks again
 * each time; a signed-in editor's, one that asked for drafts, or a refusal is the asker's alone.
 */
function applyPublicApiPolicy(res: ServerResponse): boolean {
  const { method, url = '/' } = res.req
  if (method !== 'GET' || !readsPublicContent(url)) return false
  const everyones = res.statusCode === 200 && isShareableRequest(res.req) && isPublicApiRead(url)
  res.setHeader('Cache-Control', everyones ? PUBLIC_API_CACHE : PRIVATE_API_CACHE)
  return JSON_TYPE.test(String(res.getHeader('content-type') ?? ''))
}

/**
 * Next marks the search page private, as it does every page it renders per request; its answer
 * depends on the address alone (lib/cache/searchPages.ts), so the page cache may keep it, and a proxy
 * too if it asks again each time: no purge could name every query.
 */
function shareSearchPage(res: ServerResponse) {
  if (res.statusCode === 200 && isSearchPage(res.req.url ?? '/') && isShareableRequest(res.req)) res.setHeader('Cache-Control', NOT_FOR_PROXIES)
}

export function applyPolicyAndETag(
  res: ServerResponse,
  policyForPage: (body: Buffer, etag: string | undefined, framedByOwnAdmin: boolean) => string,
  record?: PageRecorder,
  isDraftMode: (req: ServerResponse['req']) => boolean = () => false,
): void {
  const original = { writeHead: res.writeHead, flushHeaders: res.flushHeaders, write: res.write, end: res.end }
  let mode: 'undecided' | 'hold' | 'pass' = 'undecided'
  const chunks: Buffer[] = []

  function restore() {
    Object.assign(res, original)
  }

  function decide(): 'hold' | 'pass' {
    if (mode !== 'undecided') return mode
    keepFromProxiesUnlessPurgeable(res)
    shareSearchPage(res)
    const heldForItsETag = applyPublicApiPolicy(res)
    if (res.statusCode !== 304 && (heldForItsETag || HELD_TYPES.test(String(res.getHeader('content-type') ?? '')))) {
      mode = 'hold'
      return mode
    }
    if (res.statusCode !== 304) res.setHeader('Content-Security-Policy', NON_PAGE_POLICY)
    mode = 'pass'
    restore()
    return mode
  }

  function copyHeaders(headers: OutgoingHttpHeaders | readonly string[] | undefined) {
    if (!headers) return
    if (Array.isArray(headers)) {
      for (let index = 0; index + 1 < headers.length; index += 2) res.setHeader(headers[index], headers[index + 1])
      return
    }
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
  }

  res.writeHead = function writeHead(this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const [messageOrHeaders, maybeHeaders] = rest
    const statusMessage = typeof messageOrHeaders === 'string' ? messageOrHeaders : undefined
    copyHeaders((statusMessage === undefined ? messageOrHeaders : maybeHeaders) as OutgoingHttpHeaders | undefined)
    res.statusCode = statusCode
    if (statusMessage) res.statusMessage = statusMessage
    if (decide() === 'pass') return original.writeHead.call(res, statusCode)
    return res
  } as ServerResponse['writeHead']

  res.flushHeaders = function flushHeaders() {
    if (decide() === 'pass') original.flushHeaders.call(res)
  }

  res.write = function write(...args: unknown[]) {
    if (decide() === 'pass') return original.write.apply(res, args as Parameters<ServerResponse['write']>)
    const [chunk, encodingOrCallback, callback] = args as [Chunk, BufferEncoding | Callback | undefined, Callback | undefined]
    if (chunk !== null && chunk !== undefined) {
      chunks.push(toBuffer(chunk, typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined))
    }
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback
    if (done) process.nextTick(done)
    return true
  } as ServerResponse['write']

  res.end = function end(...args: unknown[]) {
    if (decide() === 'pass') return original.end.apply(res, args as Parameters<ServerResponse['end']>)
    const [chunkOrCallback, encodingOrCallback, callback] = args as [Chunk | Callback | undefined, BufferEncoding | Callback | undefined, Callback | undefined]
    // A HEAD response ends with `end(null)`.
    if (chunkOrCallback !== undefined && chunkOrCallback !== null && typeof chunkOrCallback !== 'function') {
      chunks.push(toBuffer(chunkOrCallback, typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined))
    }
    const done = [chunkOrCallback, encodingOrCallback, callback].find((argument) => typeof argument === 'function') as Callback | undefined
    const body = Buffer.concat(chunks)
    restore()
    const isPage = String(res.getHeader('content-type')).startsWith('text/html')
    // Before the ETag and the page cache, which both keep 200s only: a page that is gone is asked for afresh each time.
    if (isPage && res.statusCode === 200 && body.includes(GONE_MARKER_HTML)) res.statusCode = 410
    // Only a GET's body labels the page (a HEAD is answered as one, see headAsGet.ts).
    const etag = res.statusCode === 200 && res.req.method === 'GET' ? entityTag(body) : undefined
    if (etag) res.setHeader('ETag', etag)
    const framedByOwnAdmin = isPage && isDraftMode(res.req)
    res.setHeader('Content-Security-Policy', isPage ? policyForPage(body, etag, framedByOwnAdmin) : NON_PAGE_POLICY)
    if (framedByOwnAdmin) res.setHeader('X-Frame-Options', 'SAMEORIGIN')
    record?.(res, body)
    if (etag && matchesIfNoneMatch(res.req.headers['if-none-match'], etag)) {
      res.statusCode = 304
      for (const name of NOT_ON_304) res.removeHeader(name)
      return (original.end as (callback?: Callback) => ServerResponse).call(res, done)
    }
    return (original.end as (chunk: Buffer, callback?: Callback) => ServerResponse).call(res, body, done)
  } as ServerResponse['end']
}
