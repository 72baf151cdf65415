import { ResponsiveImage } from '@/components/media/ResponsiveImage'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { localizedPath } from '@/lib/urls/localizedPath'
import { lightboxPhoto } from '@/lib/urls/photoLinks'
import type { PhotoFilter } from '@/lib/queries'
import type { Media } from '@/payload-types'

import { Lightbox } from '@/components/photos/Lightbox'

type Props = { photos: Media[]; lang: LanguageCode; filter?: PhotoFilter; sizes?: string }

/**
 * Thumbnails that keep their place while loading (width and height set, the stored blurred
 * placeholder behind them), each a link to the photo's page, opened in the lightbox where
 * JavaScript runs.
 */
export function PhotoGrid({ photos, lang, filter = {}, sizes = '(min-width: 48rem) 14rem, 45vw' }: Props) {
  const items = photos.map((photo) => {
    const item = lightboxPhoto(photo, filter)
    return { ...item, href: localizedPath(lang, item.href), removeHref: localizedPath(lang, item.removeHref) }
  })
  return (
    <Lightbox photos={items} labels={{ ...siteText(lang).photos.lightbox, remove: siteText(lang).photos.photo.remove }}>
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
