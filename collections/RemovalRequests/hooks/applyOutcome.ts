import type { CollectionAfterChangeHook } from 'payload'

import type { RemovalRequest } from '@/payload-types'

import { WAITING } from '@/collections/RemovalRequests/status'

/**
 * Carries a closed request's outcome to its photo: restored or blurred, the photo is public again
 * once no other request about it still waits; deleted, it is gone with its files. Through Payload, so the photo's own hooks expire the pages and
 * tell webhooks, as for any editor's change.
 */
export const applyOutcome: CollectionAfterChangeHook<RemovalRequest> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.status === previousDoc?.status) return doc
  const photoId = typeof doc.photo === 'object' ? doc.photo?.id : doc.photo
  if (!photoId) return doc
  if (doc.status === 'deleted') {
    await req.payload.delete({ collection: 'media', id: photoId, req, overrideAccess: true })
  } else if (doc.status === 'restored' || doc.status === 'blurred') {
    const photo = await req.payload.findByID({ collection: 'media', id: photoId, depth: 0, req, disableErrors: true, select: { visibility: true } })
    const { totalDocs: stillWaiting } = await req.payload.count({
      collection: 'removal-requests',
      where: { and: [{ photo: { equals: photoId } }, { status: { in: WAITING } }] },
      overrideAccess: true,
      req,
    })
    if (photo && photo.visibility !== 'public' && stillWaiting === 0) await req.payload.update({ collection: 'media', id: photoId, data: { visibility: 'public' }, req, overrideAccess: true })
  }
  return doc
}
