import { MeetingCard } from '@/components/cards/MeetingCard'
import { SubscribeToCalendar } from '@/components/calendar/CalendarLinks'
import { PageNotFound } from '@/components/layout/PageNotFound'
import { Pagination } from '@/components/layout/Pagination'
import { timeZoneOr } from '@/fields/timeZone'
import { fill } from '@/i18n/fill'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { localizedPath } from '@/lib/urls/localizedPath'
import { getPastMeetingsPage, getSiteSettings, getUpcomingMeetings } from '@/lib/queries'

/** Upcoming meetings first (on the first page), soonest first; then past ones, latest first. */
export async function MeetingList({ page, lang }: { page: number; lang: LanguageCode }) {
  const t = siteText(lang)
  const [settings, upcoming, past] = await Promise.all([getSiteSettings(lang), page === 1 ? getUpcomingMeetings(50, lang) : [], getPastMeetingsPage(page, lang)])
  if (page > 1 && page > past.totalPages) return <PageNotFound />
  const timeZone = timeZoneOr(settings.timeZone)
  return (
    <>
      <h1>
        {t.meetings.title}
        {page > 1 && <span className="page-of"> {fill(t.pagination.pageSuffix, { page })}</span>}
      </h1>
      {page === 1 && (
        <section aria-labelledby="upcoming">
          <h2 id="upcoming">{t.meetings.upcoming}</h2>
          {upcoming.length === 0 ? (
            <p>{t.meetings.noUpcoming}</p>
          ) : (
            <div className="card-grid">
              {upcoming.map((meeting) => (
                <MeetingCard key={meeting.id} lang={lang} meeting={meeting} timeZone={timeZone} />
              ))}
            </div>
          )}
          <p className="meta">{fill(t.meetings.timeZone, { zone: timeZone })}</p>
          <SubscribeToCalendar lang={lang} />
        </section>
      )}
      <section aria-labelledby="past">
        <h2 id="past">{t.meetings.past}</h2>
        {past.docs.length === 0 ? (
          <p>{t.meetings.empty}</p>
        ) : (
          <div className="card-grid">
            {past.docs.map((meeting) => (
              <MeetingCard key={meeting.id} lang={lang} meeting={meeting} timeZone={timeZone} />
            ))}
          </div>
        )}
      </section>
      <Pagination lang={lang} basePath={localizedPath(lang, '/meetings')} page={page} totalPages={past.totalPages} />
    </>
  )
}
