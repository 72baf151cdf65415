/**
 * Next's cache in Redis, shared by every instance: `next.config.ts` names this file when REDIS_URL is
 * set. Next loads it on its own, outside the app's bundles, as compiled JavaScript.
 */
import fs from 'node:fs'
import path from 'node:path'

import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'

import { contentChanges, RENDERS_SETTLE_MS } from '@/lib/cache/changes'
import { registerSharedNextCache } from '@/lib/cache/sharedNextCache'
import { sharedRedis } from '@/lib/startup/sharedRedis'

/** Instances of another build never read this build's pages: their markup names other scripts. */
const buildId = fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()

type Entry = Parameters<ReturnType<typeof createRedisHandler>['set']>[1]

/**
 * The handler files a page under the tags Next lists in its headers, but a route handler's (a feed,
 * the sitemap) under none: it would never expire. Its headers carry the same list.
 */
function withRouteTags(entry: Entry): Entry {
  const value = entry.value as { kind?: string; headers?: Record<string, unknown> } | null
  if (value?.kind !== 'APP_ROUTE') return entry
  const listed = String(value.headers?.['x-next-cache-tags'] ?? '').split(',').filter(Boolean)
  return { ...entry, tags: [...new Set([...entry.tags, ...listed])] }
}

CacheHandler.onCreation(() => {
  const redis = sharedRedis(process.env.REDIS_URL ?? null)
  if (!redis) throw new Error('nextCacheHandler needs REDIS_URL')
  const handler = createRedisHandler({
    client: redis.client as never,
    keyPrefix: `solidarity-news:next:${buildId}:`,
    // A Redis that stops answering costs a render, never a visitor's wait.
    timeoutMs: 1000,
  })
  registerSharedNextCache(handler)
  return {
    handlers: [
      {
        ...handler,
        async set(key, entry, context) {
          // A render that began before a change, here or on another instance, may have read the old
          // content and must not outlive the expiry: the same rule as the page cache's.
          if (Date.now() - contentChanges().at < RENDERS_SETTLE_MS) return
          await handler.set(key, withRouteTags(entry), context)
        },
      },
    ],
  }
})

export default CacheHandler
