import type { Media } from '@/payload-types'

import { filterQuery, type PhotoFilter } from '@/lib/urls/photoFilter'

export const photoPath = (id: Media['id'], filter: PhotoFilter = {}) => `/photos/${id}${filterQuery(filter)}`

/** What the lightbox needs to show one photo: the large picture and its words, nothing else. */
export type LightboxPhoto = {
  id: Media['id']
  href: string
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
    src: large?.url || photo.url || '',
    width: large?.width ?? photo.width ?? null,
    height: large?.height ?? photo.height ?? null,
    alt: photo.alt,
    caption: photo.caption ?? null,
    credit: photo.credit ?? null,
  }
}
