import { PhotoGrid } from '@/components/photos/PhotoGrid'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import type { Media } from '@/payload-types'

/** The demonstration's photos in the organisers' order, opened in the lightbox. */
export function Gallery({ photos, lang }: { photos: Media[]; lang: LanguageCode }) {
  if (photos.length === 0) return null
  return (
    <section className="gallery" aria-labelledby="gallery-title">
      <h2 id="gallery-title">{siteText(lang).demoReport.photos}</h2>
      <PhotoGrid lang={lang} photos={photos} sizes="(min-width: 48rem) 13rem, 45vw" />
    </section>
  )
}
