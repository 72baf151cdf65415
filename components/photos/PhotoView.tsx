import Link from 'next/link'

import { licenceOf } from '@/collections/Media/licences'
import { Arrow } from '@/components/layout/Arrow'
import { PageNotFound } from '@/components/layout/PageNotFound'
import { PhotoWithdrawn } from '@/components/photos/PhotoWithdrawn'
import { ResponsiveImage } from '@/components/media/ResponsiveImage'
import { ShareLinks } from '@/components/share/ShareLinks'
import { fill } from '@/i18n/fill'
import { defaultLanguage, type LanguageCode, languageOf } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { formatDate, isoDate } from '@/lib/text/format'
import { localizedPath } from '@/lib/urls/localizedPath'
import { demoReportPath } from '@/lib/urls/paths'
import { photoPath, removalFormPath } from '@/lib/urls/photoLinks'
import { filterQuery, getPhoto, getPhotoNeighbours, isPhotoWithdrawn, type PhotoFilter } from '@/lib/queries'

/** The licence's name as editors choose it in the admin: the same words, in the page's language. */
const licenceName = (lang: LanguageCode, value: ReturnType<typeof licenceOf>['value']) =>
  (languageOf(lang) ?? defaultLanguage).strings.admin.media.licence.options[value]

/** A photo large, with its words, licence, and the photos either side of it in the archive. */
export async function PhotoView({ id, filter, lang }: { id: string; filter: PhotoFilter; lang: LanguageCode }) {
  const t = siteText(lang).photos.photo
  const photo = await getPhoto(id, lang)
  if (!photo) return (await isPhotoWithdrawn(id)) ? <PhotoWithdrawn lang={lang} /> : <PageNotFound />
  const { newer, older } = await getPhotoNeighbours({ id: photo.id, takenAt: photo.takenAt }, filter, lang)
  const licence = licenceOf(photo.licence)
  const report = typeof photo.demoReport === 'object' ? photo.demoReport : null
  const href = (path: string) => localizedPath(lang, path)
  return (
    <article className="photo-page">
      <h1>{photo.caption || photo.alt}</h1>
      <figure className="photo-page__figure" style={photo.placeholder ? { backgroundImage: `url(${photo.placeholder})` } : undefined}>
        <ResponsiveImage image={photo} sizes="(min-width: 72rem) 66rem, 100vw" priority />
      </figure>
      <dl className="facts">
        {photo.takenAt && (
          <>
            <dt>{t.taken}</dt>
            <dd>
              <time dateTime={isoDate(photo.takenAt)}>{formatDate(photo.takenAt, lang)}</time>
            </dd>
          </>
        )}
        {report?.slug && (
          <>
            <dt>{t.at}</dt>
            <dd>
              <Link href={href(demoReportPath(report.slug))}>{report.title}</Link>
            </dd>
          </>
        )}
        {photo.credit && (
          <>
            <dt>{t.credit}</dt>
            <dd>{photo.credit}</dd>
          </>
        )}
        <dt>{t.licence}</dt>
        <dd>{licence.url ? <a href={licence.url} rel="license noopener">{licenceName(lang, licence.value)}</a> : licenceName(lang, licence.value)}</dd>
      </dl>
      {licence.allowsDownload && photo.url && (
        <p>
          <a href={photo.url} download>
            {fill(t.download, { size: `${photo.width}×${photo.height}` })}
          </a>
        </p>
      )}
      <p className="photo-page__remove">
        <Link href={href(removalFormPath(photo.id))} rel="nofollow">
          {t.remove}
        </Link>
      </p>
      <ShareLinks lang={lang} path={`/photos/${photo.id}`} title={photo.caption || photo.alt} />
      <nav className="pagination" aria-label={t.navigation}>
        {newer ? (
          <Link href={href(photoPath(newer, filter))} rel="prev">
            <Arrow to="back" /> {t.newer}
          </Link>
        ) : (
          <span />
        )}
        <Link href={href(`/photos${filterQuery(filter)}`)}>{t.archive}</Link>
        {older ? (
          <Link href={href(photoPath(older, filter))} rel="next">
            {t.older} <Arrow to="onward" />
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </article>
  )
}
