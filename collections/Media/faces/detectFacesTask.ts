import type { TaskConfig } from 'payload'

import { mediaFiles } from '@/collections/Media/fileStore'
import type { FaceCheck } from '@/collections/Media/faces/fields'
import { EDITORS_ONLY_CHANGE } from '@/hooks/editorsOnlyChange'
import { detectFaces } from '@/lib/faces/faceDetector'
import { untilUploadsLull } from '@/lib/faces/uploadLull'

export const DETECT_FACES = 'detectFaces'

/**
 * Looks for faces on a photo just uploaded, after the upload has answered and once uploads pause
 * (lib/faces/uploadLull.ts). A failure (a model or
 * file that cannot be read, a stuck worker) is logged in one line and leaves the photo marked
 * "faces not checked", in review as before: it never blocks the upload nor makes anything public.
 */
export const detectFacesTask: TaskConfig<{ input: { photo: string }; output: { faceCheck: FaceCheck } }> = {
  slug: DETECT_FACES,
  label: 'Find the faces on an uploaded photo',
  inputSchema: [{ name: 'photo', type: 'text', required: true }],
  retries: 0,
  handler: async ({ input, req }) => {
    const photo = await req.payload.findByID({ collection: 'media', id: input.photo, depth: 0, req, disableErrors: true })
    // Deleted, or blurred by an editor before the job ran: nothing is left to suggest. A photo stored
    // before the field existed has none on MongoDB, and is as unchecked as a pending one.
    if (!photo?.filename || (photo.faceCheck ?? 'pending') !== 'pending') return { output: { faceCheck: photo?.faceCheck ?? 'failed' } }
    let result: { faceCheck: FaceCheck; faceBoxes: { x: number; y: number; width: number; height: number }[] }
    await untilUploadsLull()
    try {
      const boxes = await detectFaces(await mediaFiles().read(photo.filename))
      result = { faceCheck: boxes.length > 0 ? 'suggested' : 'none', faceBoxes: boxes }
    } catch (error) {
      req.payload.logger.warn(`Faces not checked on photo ${photo.id}: ${error instanceof Error ? error.message : String(error)}`)
      result = { faceCheck: 'failed', faceBoxes: [] }
    }
    await req.payload.update({ collection: 'media', id: photo.id, data: result, depth: 0, req, context: { ...EDITORS_ONLY_CHANGE, faceCheckResult: true } })
    return { output: { faceCheck: result.faceCheck } }
  },
}
