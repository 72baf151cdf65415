import Link from 'next/link'

import { PhotoGrid } from '@/components/photos/PhotoGrid'
import { formatDate, isoDate, placeOf } from '@/lib/text/format'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { demoReportPath } from '@/lib/urls/paths'
import { getBannerPhotos } from '@/lib/queries'
import type { DemoReport, Media } from '@/payload-types'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

export const metadata = pageMetadata({
  title: 'The journey of our banner',
  description: '“From Ukraine to Palestine, Occupation is a crime”: our banner at every demonstration, in date order.',
  path: '/photos/banner',
})

type Stop = { report: DemoReport | null; photos: Media[] }

/** Consecutive photos from the same demonstration make one stop on the timeline. */
function stopsOf(photos: Media[]): Stop[] {
  const stops: Stop[] = []
  for (const photo of photos) {
    const report = typeof photo.demoReport === 'object' ? photo.demoReport : null
    const last = stops.at(-1)
    if (last && last.report?.id === report?.id) last.photos.push(photo)
    else stops.push({ report, photos: [photo] })
  }
  return stops
}

export default async function BannerJourneyPage() {
  const stops = stopsOf(await getBannerPhotos())
  return (
    <>
      <h1>The journey of our banner</h1>
      <p className="standfirst">Every demonstration our banner has been to, oldest first.</p>
      {stops.length === 0 ? (
        <p>
          No photos of the banner yet. <Link href="/photos">See the photo archive</Link>.
        </p>
      ) : (
        <ol className="timeline">
          {stops.map((stop, index) => {
            const date = stop.report?.date ?? stop.photos[0].takenAt
            return (
              <li key={`${stop.report?.id ?? 'none'}-${index}`}>
                <h2>
                  <time dateTime={isoDate(date)}>{formatDate(date)}</time>
                  {stop.report?.slug && (
                    <>
                      {' — '}
                      <Link href={demoReportPath(stop.report.slug)}>{stop.report.title}</Link>
                    </>
                  )}
                </h2>
                {stop.report && placeOf(stop.report.place) && <p className="meta">{placeOf(stop.report.place)}</p>}
                <PhotoGrid photos={stop.photos} />
              </li>
            )
          })}
        </ol>
      )}
    </>
  )
}
