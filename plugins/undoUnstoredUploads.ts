import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  JsonObject,
  PayloadRequest,
  Plugin,
  TypeWithID,
} from 'payload'

import { inTransaction } from '@/lib/database/inTransaction'

/**
 * A storage plugin (`@payloadcms/storage-s3`) stores an upload's files in an afterChange hook, after
 * the record is written. Inside a real transaction (MongoDB on a replica set) a throw there rolls
 * the record back; SQLite and a standalone MongoDB run Payload's operations without one, so the
 * record would stay, naming files that were never stored. This decorator undoes the write when a
 * hook the storage plugin added throws: a new record is deleted, and a record whose file was
 * replaced is put back as it was stored (its old files are still there: the plugin deletes them only
 * once the new ones are stored). It writes through the database adapter, so no delete hook asks
 * the failing storage to delete files. The error is rethrown: the client is told nothing was saved.
 */
export function undoUnstoredUploads(storage: Plugin): Plugin {
  const plugin: Plugin = async (incoming) => {
    const hooksBefore = new Map((incoming.collections ?? []).map(({ slug, hooks }) => [slug, new Set(hooks?.afterChange ?? [])]))
    const config = await storage(incoming)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        const existing = hooksBefore.get(collection.slug) ?? new Set()
        const afterChange = collection.hooks?.afterChange ?? []
        if (!collection.upload || afterChange.every((hook) => existing.has(hook))) return collection
        return undoingUnstoredUploads(collection, afterChange.map((hook) => (existing.has(hook) ? hook : undoWhenItThrows(hook))))
      }),
    }
  }
  return Object.assign(plugin, { order: storage.order, slug: storage.slug, options: storage.options })
}

function undoingUnstoredUploads(collection: CollectionConfig, afterChange: CollectionAfterChangeHook[]): CollectionConfig {
  // Putting back a versioned record would also mean deleting the version the write added.
  if (collection.versions) throw new Error(`undoUnstoredUploads cannot undo a failed upload in '${collection.slug}': it has versions.`)
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), rememberStoredRecord], afterChange },
  }
}

/** Records as stored (relative URLs and all, unlike `previousDoc`) before a file replaces theirs. */
const storedBeforeReplacement = new WeakMap<PayloadRequest, Map<string, JsonObject>>()
const key = (slug: string, id: number | string) => `${slug}:${id}`

/** Each update of a record sets or clears what it remembers, so an earlier operation's copy is never put back. */
const rememberStoredRecord: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  const records = storedBeforeReplacement.get(req) ?? new Map<string, JsonObject>()
  storedBeforeReplacement.set(req, records)
  records.delete(key(collection.slug, originalDoc.id))
  if (!req.file || inTransaction(req)) return data
  const stored = await req.payload.db.findOne<JsonObject & TypeWithID>({ collection: collection.slug, where: { id: { equals: originalDoc.id } }, req })
  if (stored) records.set(key(collection.slug, originalDoc.id), stored)
  return data
}

function undoWhenItThrows(hook: CollectionAfterChangeHook): CollectionAfterChangeHook {
  return async (args) => {
    const { collection, doc, operation, req } = args
    // Read before the hook runs: the storage plugin may save its metadata with a nested update.
    const stored = operation === 'update' ? storedBeforeReplacement.get(req)?.get(key(collection.slug, doc.id)) : undefined
    try {
      return await hook(args)
    } catch (error) {
      if (!inTransaction(req) && (operation === 'create' || stored)) await undo({ collection: collection.slug, doc, stored, req })
      throw error
    }
  }
}

async function undo({ collection, doc, stored, req }: { collection: CollectionSlug; doc: JsonObject; stored?: JsonObject; req: PayloadRequest }) {
  const what = stored ? 'the record was put back as it was' : 'the new record was removed'
  try {
    if (stored) {
      // A field the replacement set that the stored record lacked (MongoDB omits empty ones) is cleared too.
      const cleared = Object.fromEntries(Object.keys(doc).filter((name) => !(name in stored)).map((name) => [name, null]))
      await req.payload.db.updateOne({ collection, id: doc.id, data: { ...cleared, ...stored }, req, returning: false })
    } else {
      await req.payload.db.deleteOne({ collection, where: { id: { equals: doc.id } }, req, returning: false })
    }
    req.payload.logger.warn(`The files of ${collection} ${doc.id} could not be stored, so ${what}.`)
  } catch (undoError) {
    req.payload.logger.error({ err: undoError, msg: `The files of ${collection} ${doc.id} could not be stored, and undoing the write failed: it names files that may be missing.` })
  }
}
