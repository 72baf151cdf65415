import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { DETECT_FACES } from '@/collections/Media/faces/detectFacesTask'
import type { Media } from '@/payload-types'

/** Set by the blur endpoint: the editor has just dealt with the faces, so the new file is not checked again. */
export const FACES_BLURRED = 'facesBlurred'

/** A new picture (an upload or a replaced file) needs a fresh check, and its old suggestions no longer apply. */
export const markFacesPending: CollectionBeforeChangeHook<Media> = ({ data, operation, req }) => {
  if (!req.file || req.context.faceCheckResult) return data
  if (req.context[FACES_BLURRED]) return { ...data, faceCheck: 'reviewed', faceBoxes: [] }
  if (operation === 'create' || operation === 'update') return { ...data, faceCheck: 'pending', faceBoxes: [] }
  return data
}

/**
 * Queues the detection inside the upload's own transaction, so a refused upload queues nothing;
 * the jobs runner does the work later, and the upload's answer never waits for it.
 */
export const queueFaceDetection: CollectionAfterChangeHook<Media> = async ({ doc, req }) => {
  if (!req.file || req.context.faceCheckResult || req.context[FACES_BLURRED]) return doc
  await req.payload.jobs.queue({ task: DETECT_FACES as never, input: { photo: String(doc.id) } as never, req })
  return doc
}
