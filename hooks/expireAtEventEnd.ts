import type { CollectionAfterChangeHook } from 'payload'

import { editorialTransition } from '@/hooks/publicTransition'
import { topicSlugs } from '@/hooks/revalidatePublished'
import { type EventKind, scheduleExpiryAtEnd } from '@/lib/cache/expiryAtEnd'

type Event = { id: number | string; slug?: string | null; _status?: 'draft' | 'published' | null; topics?: unknown }

/**
 * Each publication of an event that has not ended yet schedules the expiry of what shows it for the
 * moment it ends (`endOf`): that is when it stops being upcoming.
 */
export function expireAtEventEnd<Doc extends Event>(kind: EventKind, endOf: (doc: Doc) => Date | null): CollectionAfterChangeHook<Doc> {
  return async ({ collection, doc, previousDoc, req }) => {
    if ((await editorialTransition({ collection, doc, previousDoc, req })) !== 'published' || !doc.slug) return doc
    const end = endOf(doc)
    if (end) await scheduleExpiryAtEnd(req, { kind, docs: [{ slug: doc.slug, topics: topicSlugs(doc) }] }, end)
    return doc
  }
}
