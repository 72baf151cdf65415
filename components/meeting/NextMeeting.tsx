import Link from 'next/link'

import { AddToCalendar } from '@/components/calendar/CalendarLinks'
import { MeetingTime } from '@/components/meeting/MeetingTime'
import { timeZoneOr } from '@/fields/timeZone'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { localizedPath } from '@/lib/urls/localizedPath'
import { meetingPath } from '@/lib/urls/paths'
import { getNextMeeting, getSiteSettings } from '@/lib/queries'

/** The next meeting, where people are asked to come (the home page, /join); nothing when none is planned. */
export async function NextMeeting({ lang }: { lang: LanguageCode }) {
  const [meeting, settings] = await Promise.all([getNextMeeting(lang), getSiteSettings(lang)])
  if (!meeting) return null
  const t = siteText(lang).meetings
  const path = meetingPath(meeting.slug ?? '')
  return (
    <section className="next-meeting" aria-labelledby="next-meeting">
      <h2 id="next-meeting">{t.next}</h2>
      <p>
        <Link href={localizedPath(lang, path)}>{meeting.title}</Link>
        {meeting.status === 'moved' && <> ({t.status.moved})</>}
      </p>
      <p className="meta">
        <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} lang={lang} timeZone={timeZoneOr(settings.timeZone)} />
        {(meeting.place || meeting.onlineLink) && <> · {meeting.place || t.online}</>}
      </p>
      <AddToCalendar eventPath={path} lang={lang} />
      <p className="more">
        <Link href={localizedPath(lang, '/meetings')}>{t.allMeetings}</Link>
      </p>
    </section>
  )
}
