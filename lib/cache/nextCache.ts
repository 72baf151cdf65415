import { revalidatePath, revalidateTag } from 'next/cache'

import { EVERY_PAGE_TAG, sharedNextCache } from '@/lib/cache/sharedNextCache'

import type { ExpiryPlan } from '@/lib/cache/plan'

/** Expire immediately: the next visitor gets the new version, not a stale page while it rebuilds. */
const NOW = { expire: 0 }

/** Next's name for the pages at an address (`revalidatePath`'s tags): a route pattern names its page. */
function addressTags(address: string): string[] {
  if (address.includes('[')) return [`_N_T_${address}/page`]
  if (address === '/') return ['_N_T_/', '_N_T_/index']
  return [`_N_T_${address}`]
}

/** Whether an expiry can be applied outside a request (a job, a timer): only the shared cache's can. */
export const expiresOutsideRequests = () => sharedNextCache() !== undefined

/**
 * Expires the plan in Next's cache. The cache every instance shares (Redis) is expired directly, at
 * once, from any code. One process's own cache is expired through Next, which works inside a request
 * only and applies the expiry once the answer has gone.
 */
export async function expireInNextCache(plan: ExpiryPlan): Promise<void> {
  const shared = sharedNextCache()
  if (shared) {
    for (const tag of new Set([...plan.tags, ...plan.addresses.flatMap(addressTags)])) await shared.revalidateTag(tag)
    return
  }
  for (const tag of new Set(plan.tags)) {
    if (tag === EVERY_PAGE_TAG) revalidatePath('/', 'layout')
    else revalidateTag(tag, NOW)
  }
  for (const address of new Set(plan.addresses)) revalidatePath(address, address.includes('[') ? 'page' : undefined)
}
