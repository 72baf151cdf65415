import { SubscribeToCalendar } from '@/components/calendar/CalendarLinks'
import { DemoCard } from '@/components/cards/DemoCard'
import { PageNotFound } from '@/components/layout/PageNotFound'
import { Pagination } from '@/components/layout/Pagination'
import { fill } from '@/i18n/fill'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { localizedPath } from '@/lib/urls/localizedPath'
import { getPastDemoReportsPage, getUpcomingDemoReports } from '@/lib/queries'

/** Upcoming demonstrations first (on the first page), then past reports, newest first. */
export async function DemoList({ page, lang }: { page: number; lang: LanguageCode }) {
  const t = siteText(lang)
  const [upcoming, past] = await Promise.all([page === 1 ? getUpcomingDemoReports(50, lang) : [], getPastDemoReportsPage(page, lang)])
  if (page > 1 && page > past.totalPages) return <PageNotFound />
  return (
    <>
      <h1>
        {t.demos.title}
        {page > 1 && <span className="page-of"> {fill(t.pagination.pageSuffix, { page })}</span>}
      </h1>
      {upcoming.length > 0 && (
        <section aria-labelledby="upcoming">
          <h2 id="upcoming">{t.demos.upcoming}</h2>
          <div className="card-grid">
            {upcoming.map((report) => (
              <DemoCard key={report.id} lang={lang} report={report} />
            ))}
          </div>
          <SubscribeToCalendar lang={lang} />
        </section>
      )}
      <section aria-labelledby="past">
        <h2 id="past">{t.demos.reports}</h2>
        {past.docs.length === 0 ? (
          <p>{t.demos.empty}</p>
        ) : (
          <div className="card-grid">
            {past.docs.map((report) => (
              <DemoCard key={report.id} lang={lang} report={report} />
            ))}
          </div>
        )}
      </section>
      <Pagination lang={lang} basePath={localizedPath(lang, '/demos')} page={page} totalPages={past.totalPages} />
    </>
  )
}
