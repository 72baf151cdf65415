import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { expire } from '@/lib/revalidate'

type Published = { id: number | string; slug?: string | null; _status?: 'draft' | 'published' | null; topics?: unknown }

type Target = {
  /** The cache tags every list of this kind of document is stored under. */
  listTag: string
  docTag: (slug: string) => string
  path: (slug: string) => string
  /** Pages that list this kind of document (home, indexes, feeds, sitemap). */
  listPaths: string[]
}

const topicSlugs = (doc: Published | undefined): string[] =>
  Array.isArray(doc?.topics)
    ? doc.topics.flatMap((topic) => (typeof topic === 'object' && topic && 'slug' in topic ? [String(topic.slug)] : []))
    : []

function refresh(target: Target, req: PayloadRequest, docs: (Published | undefined)[]) {
  const slugs = docs.map((doc) => doc?.slug).filter((slug): slug is string => Boolean(slug))
  const topics = docs.flatMap(topicSlugs)
  expire(req, {
    tags: [target.listTag, ...slugs.map(target.docTag)],
    paths: [
      ...slugs.map(target.path),
      ...target.listPaths,
      ...topics.flatMap((slug) => [`/topics/${slug}`, `/topics/${slug}/feed.xml`]),
      '/feed.xml',
      '/sitemap.xml',
    ],
  })
}

/**
 * Publishing, updating, unpublishing or deleting a document refreshes its page (old address too),
 * the lists and feeds that show it, and its topics' pages. Saving a draft changes nothing public.
 */
export function revalidatePublished(target: Target) {
  const afterChange: CollectionAfterChangeHook<Published> = async ({ collection, doc, previousDoc, req }) => {
    const wasPublic = previousDoc?._status === 'published'
    if (doc._status !== 'published' && !wasPublic) return doc
    if (doc._status !== 'published') {
      // A draft saved over a published document (every autosave) is stored as a version only: the
      // published document, and so every public page, is unchanged unless this was an unpublish.
      const stored = await req.payload.db.findOne<Published>({ collection: collection.slug, where: { id: { equals: doc.id } }, req })
      if (stored?._status === 'published') return doc
    }
    refresh(target, req, [doc, wasPublic ? previousDoc : undefined])
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook<Published> = ({ doc, req }) => {
    if (doc._status === 'published') refresh(target, req, [doc])
    return doc
  }
  return { afterChange, afterDelete }
}
