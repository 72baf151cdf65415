import Link from 'next/link'
import { notFound } from 'next/navigation'

import { licenceOf } from '@/collections/Media/licences'
import { ResponsiveImage } from '@/components/media/ResponsiveImage'
import { formatDate, isoDate } from '@/lib/text/format'
import { demoReportPath } from '@/lib/urls/paths'
import { photoPath } from '@/lib/urls/photoLinks'
import { filterQuery, getPhoto, getPhotoNeighbours, type PhotoFilter } from '@/lib/queries'

/** A photo large, with its words, licence, and the photos either side of it in the archive. */
export async function PhotoView({ id, filter }: { id: string; filter: PhotoFilter }) {
  const photo = await getPhoto(id)
  if (!photo) notFound()
  const { newer, older } = await getPhotoNeighbours({ id: photo.id, takenAt: photo.takenAt }, filter)
  const licence = licenceOf(photo.licence)
  const report = typeof photo.demoReport === 'object' ? photo.demoReport : null
  return (
    <article className="photo-page">
      <h1>{photo.caption || photo.alt}</h1>
      <figure className="photo-page__figure" style={photo.placeholder ? { backgroundImage: `url(${photo.placeholder})` } : undefined}>
        <ResponsiveImage image={photo} sizes="(min-width: 72rem) 66rem, 100vw" priority />
      </figure>
      <dl className="facts">
        {photo.takenAt && (
          <>
            <dt>Taken</dt>
            <dd>
              <time dateTime={isoDate(photo.takenAt)}>{formatDate(photo.takenAt)}</time>
            </dd>
          </>
        )}
        {report?.slug && (
          <>
            <dt>At</dt>
            <dd>
              <Link href={demoReportPath(report.slug)}>{report.title}</Link>
            </dd>
          </>
        )}
        {photo.credit && (
          <>
            <dt>Credit</dt>
            <dd>{photo.credit}</dd>
          </>
        )}
        <dt>Licence</dt>
        <dd>{licence.url ? <a href={licence.url} rel="license noopener">{licence.label}</a> : licence.label}</dd>
      </dl>
      {licence.allowsDownload && photo.url && (
        <p>
          <a href={photo.url} download>
            Download the original ({photo.width}×{photo.height}, location and camera details removed)
          </a>
        </p>
      )}
      <nav className="pagination" aria-label="Other photos">
        {newer ? <Link href={photoPath(newer, filter)} rel="prev">← Newer photo</Link> : <span />}
        <Link href={`/photos${filterQuery(filter)}`}>Back to the archive</Link>
        {older ? <Link href={photoPath(older, filter)} rel="next">Older photo →</Link> : <span />}
      </nav>
    </article>
  )
}
