import { createClient } from 'redis'

export type RedisClient = ReturnType<typeof createClient>

type SharedRedis = {
  /** Commands: the shared cache, rate-limit counters, change notices. */
  client: RedisClient
  /** Pub/sub needs a connection of its own. */
  subscriber: RedisClient
  onReadyChange(listener: (ready: boolean) => void): void
}

/**
 * One connection per process. The production server, Next's cache handler and the app's bundles each
 * load their own copy of this module, so the connection lives on `globalThis`, which they share.
 */
const SHARED = Symbol.for('solidarity-news.redis')

/** Reconnects for ever, at most every 2 s: the site recovers by itself when Redis returns. */
const reconnectStrategy = (retries: number) => Math.min(100 * 2 ** retries, 2000)

/**
 * Next's tag records carry no expiry: a policy that may evict any key could drop one and bring a
 * stale page back. Managed services may refuse CONFIG; they are left to their documentation.
 */
async function warnOfEvictingTags(client: RedisClient) {
  const config = await client.configGet('maxmemory-policy').catch(() => null)
  const policy = config?.['maxmemory-policy']
  if (policy?.startsWith('allkeys')) {
    console.warn(`Redis evicts any key (maxmemory-policy ${policy}): set volatile-lru or noeviction, or an evicted tag record can bring back a stale page.`)
  }
}

function connect(url: string): SharedRedis {
  // Without an offline queue a command fails at once while Redis is away, so callers fall back
  // (in-memory limits, rendering afresh) instead of waiting for it.
  const client = createClient({ url, disableOfflineQueue: true, socket: { reconnectStrategy, connectTimeout: 2000 } })
  const subscriber = client.duplicate()
  const listeners = new Set<(ready: boolean) => void>()
  let ready = false
  const setReady = (now: boolean) => {
    if (now === ready) return
    ready = now
    console.info(now ? 'Redis is reachable again: shared caching and limits are back.' : 'Redis is unreachable: serving without shared caches, limits counted in memory, until it returns.')
    for (const listener of listeners) listener(now)
  }
  client.on('ready', () => {
    setReady(true)
    void warnOfEvictingTags(client)
  })
  client.on('end', () => setReady(false))
  // Each failed reconnection emits an error; the state change above says it once.
  client.on('error', () => setReady(false))
  subscriber.on('error', () => {})
  void client.connect().catch(() => {})
  void subscriber.connect().catch(() => {})
  return {
    client,
    subscriber,
    onReadyChange(listener) {
      listeners.add(listener)
    },
  }
}

/** The process's Redis connection, opened on first use; null when REDIS_URL is not set. */
export function sharedRedis(url: string | null): SharedRedis | null {
  if (!url) return null
  const holder = globalThis as { [SHARED]?: SharedRedis }
  holder[SHARED] ??= connect(url)
  return holder[SHARED]
}
