import { sharedNextCache } from '@/lib/cache/sharedNextCache'

import type { ExpiryPlan } from './plan'

/** Next's name for the pages at an address (`revalidatePath`'s tags): a route pattern names its page. */
function addressTags(address: string): string[] {
  if (address.includes('[')) return [`_N_T_${address}/page`]
  if (address === '/') return ['_N_T_/', '_N_T_/index']
  return [`_N_T_${address}`]
}

type IncrementalCache = { revalidateTag(tags: string[], durations: { expire: number }): Promise<void> }

/**
 * Expires the plan in Next's cache at once, from any code: a request, a job, a timer. Next's own
 * `revalidateTag` works only inside a request and applies after the answer has gone; the cache it
 * keeps for the process (on disk, or in Redis for every instance) has no such limits.
 */
export async function expireInNextCache(plan: ExpiryPlan): Promise<void> {
  const tags = [...new Set([...plan.tags, ...plan.addresses.flatMap(addressTags)])]
  const incrementalCache = (globalThis as { __incrementalCache?: IncrementalCache }).__incrementalCache
  if (incrementalCache) return incrementalCache.revalidateTag(tags, { expire: 0 })
  // Before this process has served a page it has nothing cached of its own, but other instances may.
  const shared = sharedNextCache()
  if (shared) for (const tag of tags) await shared.revalidateTag(tag)
}
