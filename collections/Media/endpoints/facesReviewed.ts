import type { Endpoint } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { EDITORS_ONLY_CHANGE } from '@/hooks/editorsOnlyChange'

/**
 * `POST /api/media/:id/faces-reviewed`: the editor has looked at the suggested boxes and none of
 * them is a face. The suggestions are dropped and the faces count as reviewed, so a photo the
 * detector was wrong about can be made public even where every detected face must be blurred first.
 * A box that is a face is blurred instead (the blur endpoint), which also marks the faces reviewed.
 */
export const facesReviewedEndpoint: Endpoint = {
  path: '/:id/faces-reviewed',
  method: 'post',
  handler: async (req) => {
    if (!isEditorOrAdmin({ req })) return Response.json({ errors: [{ message: 'Only editors can review faces.' }] }, { status: 403 })
    const id = req.routeParams?.id as string
    const photo = await req.payload.findByID({ collection: 'media', id, depth: 0, req, disableErrors: true })
    if (!photo) return Response.json({ errors: [{ message: 'No such photo.' }] }, { status: 404 })
    if (photo.faceCheck !== 'suggested') {
      return Response.json({ errors: [{ message: 'This photo has no suggested faces waiting for review.' }] }, { status: 409 })
    }
    const updated = await req.payload.update({
      collection: 'media',
      id: photo.id,
      data: { faceCheck: 'reviewed', faceBoxes: [] },
      depth: 0,
      req,
      context: EDITORS_ONLY_CHANGE,
    })
    return Response.json({ message: 'No face to blur: the suggestions were dropped.', doc: updated })
  },
}
