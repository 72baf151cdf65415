import type { CollectionBeforeOperationHook, CollectionConfig, Config, GlobalBeforeOperationHook, GlobalConfig, Payload, Plugin } from 'payload'

import { boundAnonymousReads } from '@/apiGuards/boundAnonymousReads'
import { missingFileAnswers404 } from '@/apiGuards/missingFileAnswers404'
import { refuseMalformedQueries } from '@/apiGuards/refuseMalformedQueries'
import { refuseWrongTypes, refuseWrongTypesInGlobal } from '@/apiGuards/refuseWrongTypes'
import { rejectMalformedId } from '@/apiGuards/rejectMalformedId'

/**
 * The checks every collection runs before each operation, in this order: an anonymous ask for too
 * much is brought down first, then queries, ids and documents of the wrong shape are refused.
 */
export const collectionGuards: CollectionBeforeOperationHook[] = [boundAnonymousReads, refuseMalformedQueries, rejectMalformedId, refuseWrongTypes]
export const globalGuards: GlobalBeforeOperationHook[] = [refuseWrongTypesInGlobal]

type Hooked<H> = { hooks?: { beforeOperation?: H[] } }

/** `hooks.beforeOperation` with the guards first, once, whatever the entity had. */
function guarded<H>(entity: Hooked<H>, guards: H[]): H[] {
  const own = (entity.hooks?.beforeOperation ?? []).filter((hook) => !guards.includes(hook))
  return [...guards, ...own]
}

function guardCollection<C extends CollectionConfig>(collection: C): C {
  const guardedCollection = { ...collection, hooks: { ...collection.hooks, beforeOperation: guarded(collection, collectionGuards) } }
  const { upload } = collection
  if (typeof upload !== 'object' || !upload.handlers) return guardedCollection
  return { ...guardedCollection, upload: { ...upload, handlers: upload.handlers.map(missingFileAnswers404) } }
}

function guardGlobal<G extends GlobalConfig>(global: G): G {
  return { ...global, hooks: { ...global.hooks, beforeOperation: guarded(global, globalGuards) } }
}

/**
 * Payload adds its own collections (jobs, preferences, locked documents, migrations, the key-value
 * store) and globals after every plugin has run, so they get the same guards once Payload has
 * built them. That is sound: the sanitised config is the object operations read their hooks from
 * at each call, and `onInit` runs before Payload serves any request. Every guard is safe on them:
 * Payload's own work on these collections goes through `payload.db` (no hooks) or sends
 * well-formed ids, queries and documents, and none of them is open to visitors. A Payload started
 * without `onInit` (`disableOnInit`, a development reload) lacks these hooks, so the server's early
 * refusal also applies the query-string bounds to their routes (`queryStringBounds`).
 * Upstream: none; adding them after plugins is Payload's design (only jobs has an override option).
 */
export function guardPayloadsOwnEntities(payload: Payload) {
  for (const collection of payload.config.collections) collection.hooks.beforeOperation = guarded(collection, collectionGuards)
  for (const global of payload.config.globals) global.hooks.beforeOperation = guarded(global, globalGuards)
}

/**
 * Puts the guards on every collection and global in the config, present and future, so a new one
 * is covered without anyone remembering. Registered last (see `plugins/index.ts`) so it sees what
 * other plugins add.
 */
export const guardEveryRequest: Plugin = Object.assign(
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(guardCollection),
    globals: (config.globals ?? []).map(guardGlobal),
    onInit: async (payload: Payload) => {
      guardPayloadsOwnEntities(payload)
      await config.onInit?.(payload)
    },
  }),
  // Payload runs plugins by `order`, then as listed: the highest runs after all others.
  { order: Number.MAX_SAFE_INTEGER },
)
