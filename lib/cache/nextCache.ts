import { revalidatePath, revalidateTag } from 'next/cache'

import { EVERY_PAGE_TAG, sharedNextCache } from '@/lib/cache/sharedNextCache'
import { routePath } from '@/lib/urls/localizedPath'

import type { ExpiryPlan } from '@/lib/cache/plan'

/** Expire immediately: the next visitor gets the new version, not a stale page while it rebuilds. */
const NOW = { expire: 0 }

/**
 * The names Next keeps a page under: the route it was built at (`/en/news/x`, see routePath) and
 * the address it was asked for, which differ for English pages reached through the router's rewrite.
 */
function pageNames(address: string): string[] {
  return [...new Set([routePath(address), address])]
}

/** Next's name for the pages at an address (`revalidatePath`'s tags): a route pattern names its page. */
function addressTags(address: string): string[] {
  return pageNames(address).map((name) => (name.includes('[') ? `_N_T_${name}/page` : `_N_T_${name}`))
}

/** Whether an expiry can be applied outside a request (a job, a timer): only the shared cache's can. */
export const expiresOutsideRequests = () => sharedNextCache() !== undefined

type ProcessCache = { revalidateTag(tags: string[], durations: { expire: number }): Promise<void> }

/** Next keeps this process's cache on `globalThis` once it has served a request. */
const processCache = () => (globalThis as { __incrementalCache?: ProcessCache }).__incrementalCache

/**
 * Expires the plan in Next's cache. The cache every instance shares (Redis) is expired directly, at
 * once, from any code. One process's own cache is expired through Next, which works inside a request
 * only and applies the expiry once the answer has gone. Outside one (a job) the process's cache is
 * told directly, at once: Next refuses there, or, in a timer started during a request (the jobs
 * queue's is), files the expiry with that long-finished request, where it is never applied.
 */
export async function expireInNextCache(plan: ExpiryPlan, { outsideRequest = false } = {}): Promise<void> {
  const shared = sharedNextCache()
  const everyTag = () => [...new Set([...plan.tags, ...plan.addresses.flatMap(addressTags)])]
  if (shared) {
    for (const tag of everyTag()) await shared.revalidateTag(tag)
    return
  }
  const cache = processCache()
  if (outsideRequest && cache) return cache.revalidateTag(everyTag(), NOW)
  try {
    expireThroughNext(plan)
  } catch (error) {
    if (!cache) throw error
    await cache.revalidateTag(everyTag(), NOW)
  }
}

function expireThroughNext(plan: ExpiryPlan): void {
  for (const tag of new Set(plan.tags)) {
    if (tag === EVERY_PAGE_TAG) revalidatePath('/', 'layout')
    else revalidateTag(tag, NOW)
  }
  for (const name of new Set(plan.addresses.flatMap(pageNames))) revalidatePath(name, name.includes('[') ? 'page' : undefined)
}
