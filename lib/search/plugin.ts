import type { Plugin } from 'payload'

import { kindOfCollection } from '@/lib/search/kinds'
import { ensureSearchIndex, searchIndexHooks } from '@/lib/search/upkeep'

/**
 * Keeps the search index current: every collection named in the kinds table (kinds.ts) gets hooks
 * that index, re-index or drop a document when it is published, edited, unpublished or deleted,
 * and the index is created (and filled if need be) when Payload starts. The index's hooks run
 * before the collection's own, so pages expired by those are rebuilt from the updated index.
 */
export function searchIndexPlugin(): Plugin {
  return (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const kind = kindOfCollection(collection.slug)
      if (!kind) return collection
      const hooks = searchIndexHooks(kind, { drafts: Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts) })
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [hooks.afterChange, ...(collection.hooks?.afterChange ?? [])],
          afterDelete: [hooks.afterDelete, ...(collection.hooks?.afterDelete ?? [])],
        },
      }
    }),
    onInit: async (payload) => {
      await config.onInit?.(payload)
      // Never a reason not to start: `npm run migrate` starts Payload before its migrations have
      // made the tables the check counts in, and the next start checks again.
      await ensureSearchIndex(payload).catch((error: Error) =>
        payload.logger.error({ err: error, msg: `The search index could not be checked (${error.message}): it is checked again at the next start, or run npm run search:rebuild` }),
      )
    },
  })
}
