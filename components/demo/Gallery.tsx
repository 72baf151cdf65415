import { ResponsiveImage } from '@/components/media/ResponsiveImage'
import type { Media } from '@/payload-types'

/** Thumbnails in the organisers' order, each a link to the large picture. */
export function Gallery({ photos }: { photos: Media[] }) {
  if (photos.length === 0) return null
  return (
    <section className="gallery" aria-labelledby="gallery-title">
      <h2 id="gallery-title">Photos</h2>
      <ul>
        {photos.map((photo) => (
          <li key={photo.id}>
            <figure>
              <a href={photo.sizes?.large?.url || photo.url || '#'}>
                <ResponsiveImage image={photo} sizes="(min-width: 48rem) 13rem, 45vw" />
              </a>
              {(photo.caption || photo.credit) && (
                <figcaption>
                  {photo.caption} {photo.credit && <span className="credit">{photo.credit}</span>}
                </figcaption>
              )}
            </figure>
          </li>
        ))}
      </ul>
    </section>
  )
}
