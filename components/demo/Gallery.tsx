import { PhotoGrid } from '@/components/photos/PhotoGrid'
import type { Media } from '@/payload-types'

/** The demonstration's photos in the organisers' order, opened in the lightbox. */
export function Gallery({ photos }: { photos: Media[] }) {
  if (photos.length === 0) return null
  return (
    <section className="gallery" aria-labelledby="gallery-title">
      <h2 id="gallery-title">Photos</h2>
      <PhotoGrid photos={photos} sizes="(min-width: 48rem) 13rem, 45vw" />
    </section>
  )
}
