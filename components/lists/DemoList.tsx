import { notFound } from 'next/navigation'

import { DemoCard } from '@/components/cards/DemoCard'
import { Pagination } from '@/components/layout/Pagination'
import { getPastDemoReportsPage, getUpcomingDemoReports } from '@/lib/queries'

/** Upcoming demonstrations first (on the first page), then past reports, newest first. */
export async function DemoList({ page }: { page: number }) {
  const [upcoming, past] = await Promise.all([page === 1 ? getUpcomingDemoReports(50) : [], getPastDemoReportsPage(page)])
  if (page > 1 && page > past.totalPages) notFound()
  return (
    <>
      <h1>Demonstrations{page > 1 && <span className="page-of"> — page {page}</span>}</h1>
      {upcoming.length > 0 && (
        <section aria-labelledby="upcoming">
          <h2 id="upcoming">Upcoming</h2>
          <div className="card-grid">
            {upcoming.map((report) => (
              <DemoCard key={report.id} report={report} />
            ))}
          </div>
        </section>
      )}
      <section aria-labelledby="past">
        <h2 id="past">Reports</h2>
        {past.docs.length === 0 ? (
          <p>No reports yet.</p>
        ) : (
          <div className="card-grid">
            {past.docs.map((report) => (
              <DemoCard key={report.id} report={report} />
            ))}
          </div>
        )}
      </section>
      <Pagination basePath="/demos" page={page} totalPages={past.totalPages} />
    </>
  )
}
