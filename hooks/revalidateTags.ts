import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { expire } from '@/lib/cache/expire'

/** Topics can appear on any page: a change expires every cached query that read them. */
export const revalidateTopics: { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } = {
  afterChange: async ({ doc, previousDoc, req }) => {
    await expire(req, { kind: 'topics', slugs: [...new Set([doc.slug, previousDoc?.slug].filter(Boolean))] })
    return doc
  },
  afterDelete: async ({ doc, req }) => {
    await expire(req, { kind: 'topics', slugs: [doc.slug] })
    return doc
  },
}

export const revalidateSiteSettings: GlobalAfterChangeHook = async ({ doc, req }) => {
  await expire(req, { kind: 'site-settings' })
  return doc
}
