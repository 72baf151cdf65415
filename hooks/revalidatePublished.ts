import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { editorialTransition } from '@/hooks/publicTransition'
import { expire } from '@/lib/cache/expire'
import type { PublishedKind } from '@/lib/cache/plan'

type Published = { id: number | string; slug?: string | null; _status?: 'draft' | 'published' | null; topics?: unknown }

export const topicSlugs = (doc: Published | undefined): string[] =>
  Array.isArray(doc?.topics)
    ? doc.topics.flatMap((topic) => (typeof topic === 'object' && topic && 'slug' in topic ? [String(topic.slug)] : []))
    : []

function refresh(kind: PublishedKind, req: PayloadRequest, docs: (Published | undefined)[]) {
  const changed = docs.flatMap((doc) => (doc?.slug ? [{ slug: doc.slug, topics: topicSlugs(doc) }] : []))
  return expire(req, { kind, docs: changed })
}

/**
 * Publishing, updating, unpublishing or deleting a document refreshes its page (old address too),
 * the lists and feeds that show it, and its topics' pages. Saving a draft changes nothing public.
 */
export function revalidatePublished(kind: PublishedKind) {
  const afterChange: CollectionAfterChangeHook<Published> = async ({ collection, doc, previousDoc, req }) => {
    if (!(await editorialTransition({ collection, doc, previousDoc, req }))) return doc
    await refresh(kind, req, [doc, previousDoc?._status === 'published' ? previousDoc : undefined])
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook<Published> = async ({ doc, req }) => {
    if (doc._status === 'published') await refresh(kind, req, [doc])
    return doc
  }
  return { afterChange, afterDelete }
}
