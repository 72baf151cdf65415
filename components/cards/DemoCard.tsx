import Link from 'next/link'

import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { formatDate, isoDate, placeOf } from '@/lib/text/format'
import { localizedPath } from '@/lib/urls/localizedPath'
import { demoReportPath } from '@/lib/urls/paths'
import { type DemoReportSummary, isUpcoming } from '@/lib/queries'

export function DemoCard({ report, lang, headingLevel = 3 }: { report: DemoReportSummary; lang: LanguageCode; headingLevel?: 2 | 3 }) {
  const t = siteText(lang)
  const Heading = `h${headingLevel}` as const
  const place = placeOf(report.place, t.separators.list)
  return (
    <article className="card card--demo">
      <div className="card__body">
        <p className="meta">
          {isUpcoming(report) && <span className="badge">{t.demos.upcomingBadge}</span>}{' '}
          <time dateTime={isoDate(report.date)}>{formatDate(report.date, lang)}</time>
          {report.startTime && <> · {report.startTime}</>}
        </p>
        <Heading className="card__title">
          <Link href={localizedPath(lang, demoReportPath(report.slug ?? ''))}>{report.title}</Link>
        </Heading>
        {(place || report.cause) && <p className="card__summary">{[report.cause, place].filter(Boolean).join(' — ')}</p>}
      </div>
    </article>
  )
}
