import { revalidatePath, revalidateTag } from 'next/cache'
import type { PayloadRequest } from 'payload'

import { noteContentChanged } from './contentChanges'

/** Expire immediately: the next visitor gets the new version, not a stale page while it rebuilds. */
const NOW = { expire: 0 }

/**
 * Expires cached data and pages. Only the Next server has a cache to expire: seeds, scripts and tests
 * change data outside it (and say so with `disableRevalidate`), so they skip this.
 */
export function expire(req: PayloadRequest, { tags = [], paths = [] }: { tags?: string[]; paths?: string[] }) {
  if (req.context.disableRevalidate || !process.env.NEXT_RUNTIME) return
  noteContentChanged()
  try {
    for (const tag of new Set(tags)) revalidateTag(tag, NOW)
    // A route pattern such as /news/page/[page] expires every page built from it.
    for (const path of new Set(paths)) revalidatePath(path, path.includes('[') ? 'page' : undefined)
  } catch (error) {
    // A failed expiry must not undo the organiser's save; the fallback timer still refreshes the page.
    req.payload.logger.error(`Could not refresh the public pages: ${error instanceof Error ? error.message : error}`)
  }
}
