import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { isMeetingUpcoming, type MeetingSummary } from '@/lib/queries'

/** "Upcoming", "Cancelled" or "Moved": what a visitor must know before planning to come. */
export function MeetingBadge({ meeting, lang }: { meeting: Pick<MeetingSummary, 'status' | 'endsAt'>; lang: LanguageCode }) {
  const t = siteText(lang).meetings
  if (meeting.status === 'cancelled' || meeting.status === 'moved') return <span className="badge">{t.status[meeting.status]}</span>
  return isMeetingUpcoming(meeting) ? <span className="badge">{t.status.scheduled}</span> : null
}
