import type { Payload, PayloadRequest } from 'payload'

import { noteContentChanged, RENDERS_SETTLE_MS } from '@/lib/cache/changes'
import { announceChange } from '@/lib/cache/notices'
import { inTransaction } from '@/lib/database/inTransaction'
import { env } from '@/lib/startup/env'
import { sharedRedis } from '@/lib/startup/sharedRedis'

import { expireInNextCache, expiresOutsideRequests } from '@/lib/cache/nextCache'
import { type Change, EVERY_KEPT_PAGE, planFor } from '@/lib/cache/plan'
import { purgeProxy } from '@/lib/cache/purge'
import { findPagesProxiesMayKeep } from '@/lib/queries/pagesProxiesMayKeep'

/**
 * The one way a change expires what shows it: Next's cache (this process's, or the one every
 * instance shares), each instance's page cache (told over Redis), and the proxy or CDN in front.
 * `outsideRequest` is for the jobs queue, which runs apart from any visitor's request.
 */
export async function expireChange(change: Change, payload: Payload, { outsideRequest = false } = {}): Promise<void> {
  // A failed expiry must not undo the organiser's save: it is logged.
  const log = (message: string) => payload.logger.error(message)
  const plan = planFor(change)
  const { purgeURL } = env()
  // Looked up once, while Next's cache is already being expired, and purged twice like the rest.
  const purged = purgeURL ? addressesToPurge(plan.addresses, payload, log) : Promise.resolve([])
  const apply = async ({ nextCache }: { nextCache: boolean }) => {
    noteContentChanged()
    const redis = sharedRedis(env().redisURL)
    await Promise.all([
      nextCache ? expireInNextCache(plan, { outsideRequest }).catch((error: Error) => log(`Could not expire cached pages: ${error.message}`)) : undefined,
      // While Redis is away the others keep nothing (see server/index.ts), so nothing is lost.
      redis?.client.isReady ? announceChange(redis.client).catch(() => {}) : undefined,
      purged.then((addresses) => purgeProxy(purgeURL, addresses, log)),
    ])
  }
  await apply({ nextCache: true })
  // A render that read the old content may have been stored since: expire once more after it.
  setTimeout(() => void apply({ nextCache: outsideRequest || expiresOutsideRequests() }), RENDERS_SETTLE_MS).unref()
}

/** The plan's addresses, with every page a proxy may keep in place of `EVERY_KEPT_PAGE`. */
async function addressesToPurge(addresses: string[], payload: Payload, log: (message: string) => void): Promise<string[]> {
  if (!addresses.includes(EVERY_KEPT_PAGE)) return addresses
  const named = addresses.filter((address) => address !== EVERY_KEPT_PAGE)
  // Read afresh for each purge: a cached list could miss a page published a moment ago.
  return findPagesProxiesMayKeep(payload).then(
    (pages) => [...named, ...pages],
    (error: Error) => {
      log(`Could not list the pages to purge from the proxy: ${error.message}`)
      return named
    },
  )
}

/**
 * For Payload hooks. Seeds, scripts and tests change data outside the server (and say so with
 * `disableRevalidate`): no server has cached anything for them to expire.
 */
export async function expire(req: PayloadRequest, change: Change): Promise<void> {
  if (req.context.disableRevalidate || !process.env.NEXT_RUNTIME) return
  // Hooks run before a transaction commits (MongoDB on a replica set): a page rebuilt now from the
  // shared cache would read the old content. Payload offers no hook after the commit, which ends by
  // clearing the id; without transactions (SQLite) the id stays the settled promise of none. Next
  // applies one process's own expiries once the answer has gone, after the commit already.
  if (inTransaction(req) && expiresOutsideRequests()) return void untilCommitted(req).then(() => expireChange(change, req.payload))
  await expireChange(change, req.payload)
}

const COMMIT_WAIT_MS = 10_000

async function untilCommitted(req: PayloadRequest): Promise<void> {
  const deadline = Date.now() + COMMIT_WAIT_MS
  while (inTransaction(req) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5))
}
