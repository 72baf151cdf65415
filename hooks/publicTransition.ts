import type { CollectionSlug, PayloadRequest } from 'payload'

type Editorial = { id: number | string; _status?: 'draft' | 'published' | null }

export type EditorialTransition = 'published' | 'unpublished' | null

/**
 * What a save of an article or report did to what visitors see: `published` when the saved version
 * is the public one (a first publication, or an edit of it), `unpublished` when it was public and no
 * longer is, null when nothing public changed. A draft saved over a published document (every
 * autosave) is stored as a version only, and the published document stays as it was.
 */
export async function editorialTransition({
  collection,
  doc,
  previousDoc,
  req,
}: {
  collection: { slug: CollectionSlug }
  doc: Editorial
  previousDoc?: Editorial
  req: PayloadRequest
}): Promise<EditorialTransition> {
  if (doc._status === 'published') return 'published'
  if (previousDoc?._status !== 'published') return null
  const stored = await req.payload.db.findOne<Editorial>({ collection: collection.slug, where: { id: { equals: doc.id } }, req })
  return stored?._status === 'published' ? null : 'unpublished'
}
