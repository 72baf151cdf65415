import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { validationMessage } from '@/i18n/validationMessage'
import type { RemovalRequest } from '@/payload-types'

import { canMove, isWaiting } from '@/collections/RemovalRequests/status'

const refuse = (req: Parameters<CollectionBeforeChangeHook>[0]['req'], key: 'requestClosed' | 'blurBeforeClosing') => {
  throw new ValidationError({ collection: 'removal-requests', errors: [{ path: 'status', message: validationMessage(req, key) }], req })
}

/**
 * Closing a request records who closed it and when, and deletes what identifies the requester:
 * their network address and contact are needed only while the request waits. "Blurred" is accepted
 * only once the photo has been blurred: the blur stores it under a new file name.
 */
export const closeRequest: CollectionBeforeChangeHook<RemovalRequest> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || data.status === undefined || data.status === originalDoc.status) return data
  if (!canMove(originalDoc.status, data.status)) refuse(req, 'requestClosed')
  if (isWaiting(data.status)) return data
  if (data.status === 'blurred') {
    const photoId = typeof originalDoc.photo === 'object' ? originalDoc.photo?.id : originalDoc.photo
    const photo = photoId ? await req.payload.findByID({ collection: 'media', id: photoId, depth: 0, req, disableErrors: true, select: { filename: true } }) : null
    if (!photo || photo.filename === originalDoc.photoFilename) refuse(req, 'blurBeforeClosing')
  }
  return { ...data, closedBy: req.user?.id ?? null, closedAt: new Date().toISOString(), requesterAddress: null, contact: null }
}
