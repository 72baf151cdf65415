import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { expire } from '@/lib/cache/expire'

/** Topics can appear on any page: a change expires every cached query that read them. */
export const revalidateTopics: { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } = {
  afterChange: async ({ doc, req }) => {
    await expire(req, { kind: 'topics' })
    return doc
  },
  afterDelete: async ({ doc, req }) => {
    await expire(req, { kind: 'topics' })
    return doc
  },
}

export const revalidateSiteSettings: GlobalAfterChangeHook = async ({ doc, req }) => {
  await expire(req, { kind: 'site-settings' })
  return doc
}
