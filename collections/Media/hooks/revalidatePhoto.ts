import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expire } from '@/lib/cache/expire'
import type { Media } from '@/payload-types'

import { filesOfPhoto } from '@/collections/Media/filesSetAside'

/**
 * A photo shows on its page, the archive and any page that uses it. Its files' addresses go too: a
 * proxy must stop serving a photo sent back to review, and the files a blur replaced.
 */
export const revalidatePhoto: { afterChange: CollectionAfterChangeHook<Media>; afterDelete: CollectionAfterDeleteHook<Media> } = {
  afterChange: async ({ doc, previousDoc, req }) => {
    const files = [...filesOfPhoto(doc), ...(previousDoc ? filesOfPhoto(previousDoc) : [])]
    await expire(req, { kind: 'photos', ids: [doc.id], files: [...new Set(files)] })
    return doc
  },
  afterDelete: async ({ doc, req }) => {
    await expire(req, { kind: 'photos', ids: [doc.id], files: filesOfPhoto(doc) })
    return doc
  },
}
