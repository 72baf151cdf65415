import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, Payload, PayloadRequest } from 'payload'

import { localizedFieldsOf } from '@/lib/search/inLanguage'
import { entriesOf, isPublicDocument, SEARCH_KIND_NAMES, SEARCH_KINDS, type SearchEntry, type SearchKindName } from '@/lib/search/kinds'
import { searchStoreOf } from '@/lib/search/searchStore'

/** Documents read at a time while rebuilding. */
const REBUILD_PAGE = 1000

type Stored = { id: number | string; _status?: string | null }

/**
 * The document as it is stored now, in every language: for a collection with drafts, the published
 * version or the draft no one sees. A translation saved as a draft only is kept as a version, not here.
 */
function storedDocument(collection: CollectionSlug, id: number | string, req: PayloadRequest) {
  return req.payload.db.findOne<Stored>({ collection, where: { id: { equals: id } }, req })
}

/**
 * A save or a deletion could have changed what visitors can find. A failure is logged, never
 * thrown: the organiser's change stands, and `npm run search:rebuild` catches the index up.
 */
async function keepIndexed(kind: SearchKindName, req: PayloadRequest, work: () => Promise<void>) {
  try {
    await work()
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `The search index missed a change to a ${kind}: run npm run search:rebuild` })
  }
}

export function searchIndexHooks(kind: SearchKindName, { drafts }: { drafts: boolean }) {
  const { collection } = SEARCH_KINDS[kind]
  const afterChange: CollectionAfterChangeHook<Stored> = async ({ doc, req }) => {
    await keepIndexed(kind, req, async () => {
      const current = await storedDocument(collection, doc.id, req)
      // A draft saved over a published document (every autosave) is kept as a version only: what
      // visitors can find is unchanged, and the draft's words must not be found.
      if (drafts && doc._status !== 'published' && current?._status === 'published') return
      // A save is in one language (`req.locale`), but may change what every language shows (a
      // photo's credit, a document unpublished): all its entries are made again from what is stored.
      const entries = current && isPublicDocument(kind, current) ? entriesOf(kind, current, localizedFieldsOf(req.payload, collection)) : []
      await searchStoreOf(req.payload).replace(kind, String(doc.id), entries, req)
    })
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook<Stored> = async ({ doc, req }) => {
    await keepIndexed(kind, req, () => searchStoreOf(req.payload).replace(kind, String(doc.id), [], req))
    return doc
  }
  return { afterChange, afterDelete }
}

/** Every public document of a kind, as index entries in each of its languages, read a page at a time. */
async function publicEntries(payload: Payload, kind: SearchKindName): Promise<{ documents: number; entries: SearchEntry[] }> {
  const { collection, publicWhere } = SEARCH_KINDS[kind]
  const localized = localizedFieldsOf(payload, collection)
  const entries: SearchEntry[] = []
  for (let page = 1; ; page++) {
    // The adapter's own read, as the hooks' is: the stored fields in every language at once, no
    // afterRead work per document.
    const { docs, hasNextPage, totalDocs } = await payload.db.find<{ id: number | string }>({ collection, where: publicWhere, sort: 'id', limit: REBUILD_PAGE, page, pagination: true })
    entries.push(...docs.flatMap((doc) => entriesOf(kind, doc, localized)))
    if (!hasNextPage) return { documents: totalDocs, entries }
  }
}

/**
 * Builds the index afresh from the collections, in every language: what `npm run search:rebuild`
 * runs. Says how many documents of each kind it holds.
 */
export async function rebuildSearchIndex(payload: Payload): Promise<Record<SearchKindName, number>> {
  const store = searchStoreOf(payload)
  await store.ensure()
  const byKind = await Promise.all(SEARCH_KIND_NAMES.map((kind) => publicEntries(payload, kind)))
  await store.replaceAll(byKind.flatMap(({ entries }) => entries))
  return Object.fromEntries(SEARCH_KIND_NAMES.map((kind, index) => [kind, byKind[index].documents])) as Record<SearchKindName, number>
}

/**
 * At start: creates the index if it is missing, and rebuilds it when it is new, of an older version,
 * or holds a different number of documents of some kind than visitors can see (a restored backup,
 * documents written without hooks). Counting is a few indexed queries.
 */
export async function ensureSearchIndex(payload: Payload): Promise<void> {
  const store = searchStoreOf(payload)
  const { empty } = await store.ensure()
  let reason = empty ? 'it is new' : null
  if (!reason) {
    const indexed = await store.counts()
    for (const kind of SEARCH_KIND_NAMES) {
      const { totalDocs } = await payload.count({ collection: SEARCH_KINDS[kind].collection, where: SEARCH_KINDS[kind].publicWhere, overrideAccess: true })
      if (totalDocs !== (indexed[kind] ?? 0)) {
        reason = `it holds ${indexed[kind] ?? 0} ${SEARCH_KINDS[kind].plural.toLowerCase()} of ${totalDocs}`
        break
      }
    }
  }
  if (!reason) return
  const started = Date.now()
  const counts = await rebuildSearchIndex(payload)
  if (Object.values(counts).some(Boolean)) {
    payload.logger.info(`Search index rebuilt because ${reason}: ${Object.values(counts).reduce((sum, count) => sum + count, 0)} documents in ${Date.now() - started} ms`)
  }
}
