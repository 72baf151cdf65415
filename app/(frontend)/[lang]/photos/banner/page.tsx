import Link from 'next/link'

import { PhotoGrid } from '@/components/photos/PhotoGrid'
import { formatDate, isoDate, placeOf } from '@/lib/text/format'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { localizedPath } from '@/lib/urls/localizedPath'
import { demoReportPath } from '@/lib/urls/paths'
import { getBannerPhotos } from '@/lib/queries'
import type { DemoReport, Media } from '@/payload-types'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

type Props = { params: Promise<LanguageParams> }

export async function generateMetadata({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).banner
  return pageMetadata({ lang: code, title: t.title, description: t.description, path: '/photos/banner' })
}

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

export default async function BannerJourneyPage({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code)
  const stops = stopsOf(await getBannerPhotos(code))
  return (
    <>
      <h1>{t.banner.title}</h1>
      <p className="standfirst">{t.banner.intro}</p>
      {stops.length === 0 ? (
        <p>
          {t.banner.empty} <Link href={localizedPath(code, '/photos')}>{t.banner.archiveLink}</Link>.
        </p>
      ) : (
        <ol className="timeline">
          {stops.map((stop, index) => {
            const date = stop.report?.date ?? stop.photos[0].takenAt
            return (
              <li key={`${stop.report?.id ?? 'none'}-${index}`}>
                <h2>
                  <time dateTime={isoDate(date)}>{formatDate(date, code)}</time>
                  {stop.report?.slug && (
                    <>
                      {' — '}
                      <Link href={localizedPath(code, demoReportPath(stop.report.slug))}>{stop.report.title}</Link>
                    </>
                  )}
                </h2>
                {stop.report && placeOf(stop.report.place) && <p className="meta">{placeOf(stop.report.place, t.separators.list)}</p>}
                <PhotoGrid lang={code} photos={stop.photos} />
              </li>
            )
          })}
        </ol>
      )}
    </>
  )
}
