import { ResponsiveImage } from '@/components/media/ResponsiveImage'
import { lightboxPhoto } from '@/lib/urls/photoLinks'
import type { PhotoFilter } from '@/lib/queries'
import type { Media } from '@/payload-types'

import { Lightbox } from '@/components/photos/Lightbox'

/**
 * Thumbnails that keep their place while loading (width and height set, the stored blurred
 * placeholder behind them), each a link to the photo's page, opened in the lightbox where
 * JavaScript runs.
 */
export function PhotoGrid({ photos, filter = {}, sizes = '(min-width: 48rem) 14rem, 45vw' }: { photos: Media[]; filter?: PhotoFilter; sizes?: string }) {
  const items = photos.map((photo) => lightboxPhoto(photo, filter))
  return (
    <Lightbox photos={items}>
      <ul className="photo-grid">
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <a
              href={items[index].href}
              data-photo-index={index}
              style={photo.placeholder ? { backgroundImage: `url(${photo.placeholder})` } : undefined}
            >
              <ResponsiveImage image={photo} sizes={sizes} />
            </a>
          </li>
        ))}
      </ul>
    </Lightbox>
  )
}
