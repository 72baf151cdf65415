import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { validationMessage } from '@/i18n/validationMessage'
import type { Media } from '@/payload-types'

/**
 * A photo on which the detector suggested faces nobody has looked at stays in review until an
 * editor says so: making it public is refused (400) unless `facesConfirmed: true` comes with the
 * change, and then the faces count as reviewed. Where the site setting asks for every detected
 * face to be blurred first, not even that is enough: only blurring (the blur endpoint) clears it.
 */
export const requireFacesLookedAt: CollectionBeforeChangeHook<Media> = async ({ data, originalDoc, req }) => {
  const becomesPublic = data.visibility === 'public' && originalDoc?.visibility !== 'public'
  if (!becomesPublic || originalDoc?.faceCheck !== 'suggested') return data
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  const refuse = (message: string) => {
    throw new ValidationError({ collection: 'media', errors: [{ path: 'visibility', message }] }, req.t)
  }
  if (settings.blurFacesBeforePublic) refuse(validationMessage(req, 'facesNotBlurred'))
  if (data.facesConfirmed !== true) refuse(validationMessage(req, 'facesNotLookedAt'))
  return { ...data, faceCheck: 'reviewed' }
}
