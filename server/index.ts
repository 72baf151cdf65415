/**
 * The production server: Next (the site, the admin and the API in one process) behind the few
 * things `next start` cannot do: a Content-Security-Policy with the hashes of each page's inline
 * scripts, rate limits keyed on the visitor's real address, cached pages sent ready-compressed
 * from memory, and a graceful stop.
 */
import http from 'node:http'
import path from 'node:path'

import compression from 'compression'
import nextModule from 'next'

import { unservableRequest } from '@/apiGuards/unservableRequest'
import { noteContentChanged, setChangesReachUs } from '@/lib/cache/changes'
import { announceChange, listenForChanges } from '@/lib/cache/notices'
import { EVERY_PAGE_TAG, sharedNextCache } from '@/lib/cache/sharedNextCache'
import { VISITOR_ADDRESS_HEADER } from '@/lib/limits/visitorAddress'
import { parsePort, parseRedisURL, parseServerURL } from '@/lib/startup/env'
import { sharedRedis } from '@/lib/startup/sharedRedis'

import { createAuthRateLimiter } from '@/server/authRateLimits'
import { addressKey, clientAddress } from '@/server/clientAddress'
import { createDraftModeCheck } from '@/server/draftModeRequest'
import { stopGracefully } from '@/server/gracefulShutdown'
import { answerHeadAsGet } from '@/server/headAsGet'
import { isPageFormPost, readPageForm } from '@/server/formPosts'
import { isPageFormAddress, refuseBrokenForm, refusePageForm } from '@/server/pageFormRefusal'
import { createPageCache } from '@/server/pageCache'
import { applyPolicyAndETag } from '@/server/pagePolicyResponse'
import { createPolicyForPage } from '@/server/policyForPage'
import { createApiAdmission, isApiRead } from '@/server/apiAdmission'
import { setSecurityHeaders } from '@/server/securityHeaders'

// Next is a CommonJS module whose default export Node hands over as the module itself.
const next = nextModule as unknown as typeof import('next/dist/server/next.js').default

function trustedProxies(value: string | undefined): number {
  const hops = Number(value || 0)
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    console.error(`solidarity-news cannot start: TRUST_PROXY "${value}" must be the number of reverse proxies in front (0–10)`)
    process.exit(1)
  }
  return hops
}

if (process.env.NODE_ENV !== 'production') {
  console.error('solidarity-news cannot start: the server runs the production build (NODE_ENV=production, after `npm run build`); use `npm run dev` to develop')
  process.exit(1)
}

const port = parsePort(process.env.PORT)
const https = parseServerURL(process.env.SERVER_URL, port).startsWith('https:')
const proxies = trustedProxies(process.env.TRUST_PROXY)

const redis = sharedRedis(parseRedisURL(process.env.REDIS_URL))
if (redis) followChangesOnOtherInstances(redis)

const app = next({ dev: false, dir: process.cwd(), port })
const handle = app.getRequestHandler()
const compress = compression()
const rateLimit = createAuthRateLimiter(undefined, redis?.client ?? null)
const policyForPage = createPolicyForPage({ upgradeInsecureRequests: https })
const isDraftMode = createDraftModeCheck(path.join(process.cwd(), '.next'))
const admitApiRead = createApiAdmission()
const pageCache = createPageCache()

await app.prepare()

/**
 * Among many instances, a change made on any of them reaches this one's page cache over Redis. While
 * Redis is away this instance keeps no page (it could not hear of a change), and when it returns,
 * every shared cached page is expired: a change made meanwhile reached nobody.
 */
function followChangesOnOtherInstances(shared: NonNullable<typeof redis>) {
  setChangesReachUs(false)
  let connectedBefore = false
  shared.onReadyChange((ready) => {
    setChangesReachUs(ready)
    if (!ready) return
    if (connectedBefore) {
      void Promise.all([sharedNextCache()?.revalidateTag(EVERY_PAGE_TAG), announceChange(shared.client)]).catch(() => {})
    }
    connectedBefore = true
  })
  listenForChanges(shared.subscriber, noteContentChanged)
}

/** A refusal in the shape Payload gives its own errors, so clients read one format. */
function refuse(res: http.ServerResponse, status: number, message: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
  res.end(JSON.stringify({ errors: [{ message }] }))
}

/** Next's part: compression, each page's policy and ETag, and API reads in turn. */
function passToNext(req: http.IncomingMessage, res: http.ServerResponse) {
  const record = pageCache.recorder(req)
  // Compression wraps the response first, so it compresses the page once its policy and ETag are known.
  const serve = () =>
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {
      applyPolicyAndETag(res, policyForPage, record, isDraftMode)
      void handle(req, res)
    })
  if (!isApiRead(req)) return serve()
  if (!admitApiRead(res, serve)) refuse(res, 503, 'The site is busy: try again in a moment.', { 'Retry-After': '5' })
}

const server = http.createServer((req, res) => {
  setSecurityHeaders(res)
  const unservable = unservableRequest(req)
  if (unservable) return refuse(res, unservable.status, unservable.message, unservable.headers)
  answerHeadAsGet(req)
  // A cached page goes out at once. Waiting on the rate limit, which only sign-ins and sign-ups
  // need, cost a cached page a tenth of its throughput.
  if (pageCache.serve(req, res)) return
  const visitor = addressKey(clientAddress(req, proxies))
  req.headers[VISITOR_ADDRESS_HEADER] = visitor
  void rateLimit(req.method ?? 'GET', req.url ?? '/', visitor).then((limited) => {
    if (limited && isPageFormAddress(limited.path)) return refusePageForm(req, res, limited)
    if (limited) return refuse(res, 429, limited.message, { 'Retry-After': String(limited.retryAfterSeconds) })
    if (!isPageFormPost(req)) return passToNext(req, res)
    void readPageForm(req).then((read) => ('form' in read ? passToNext(read.form, res) : refuseBrokenForm(req, res, read.refused)))
  })
})

stopGracefully(server)
server.listen(port, process.env.HOST || undefined, () => {
  console.info(`solidarity-news is listening on port ${port}.`)
})
