import Link from 'next/link'

import { formatDate, isoDate, placeOf } from '@/lib/text/format'
import { demoReportPath } from '@/lib/urls/paths'
import { type DemoReportSummary, isUpcoming } from '@/lib/queries'

export function DemoCard({ report, headingLevel = 3 }: { report: DemoReportSummary; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const
  const place = placeOf(report.place)
  return (
    <article className="card card--demo">
      <div className="card__body">
        <p className="meta">
          {isUpcoming(report) && <span className="badge">Upcoming</span>}{' '}
          <time dateTime={isoDate(report.date)}>{formatDate(report.date)}</time>
          {report.startTime && <> · {report.startTime}</>}
        </p>
        <Heading className="card__title">
          <Link href={demoReportPath(report.slug ?? '')}>{report.title}</Link>
        </Heading>
        {(place || report.cause) && <p className="card__summary">{[report.cause, place].filter(Boolean).join(' — ')}</p>}
      </div>
    </article>
  )
}
