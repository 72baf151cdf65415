import type { Media } from '@/payload-types'

import { filterQuery, type PhotoFilter } from '@/lib/urls/photoFilter'

export const photoPath = (id: Media['id'], filter: PhotoFilter = {}) => `/photos/${id}${filterQuery(filter)}`

/** What the lightbox needs to show one photo: the large picture and its words, nothing else. */
export type LightboxPhoto = {
  id: Media['id']
  href: string
  /** Its removal form: someone in the photo finds the way to ask from the lightbox too. */
  removeHref: string
  src: string
  width: number | null
  height: number | null
  alt: string
  caption: string | null
  credit: string | null
}

export function lightboxPhoto(photo: Media, filter: PhotoFilter = {}): LightboxPhoto {
  const large = photo.sizes?.large
  return {
    id: photo.id,
    href: photoPath(photo.id, filter),
    removeHref: removalFormPath(photo.id),
    src: large?.url || photo.url || '',
    width: large?.width ?? photo.width ?? null,
    height: large?.height ?? photo.height ?? null,
    alt: photo.alt,
    caption: photo.caption ?? null,
    credit: photo.credit ?? null,
  }
}

/** The form where someone in a photo asks for it to be blurred or removed. */
export const removalFormPath = (id: number | string) => `/photos/${id}/remove`
export const REMOVAL_THANKS_PATH = '/photos/remove/thanks'
export const REMOVAL_BUSY_PATH = '/photos/remove/busy'

/** Whether an address (without its language) is a photo's removal form. */
export const isRemovalFormPath = (path: string) => /^\/photos\/[^/]+\/remove$/.test(path)
