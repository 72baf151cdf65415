import type { LanguageCode } from '@/i18n/languages'
import { formatTimeRange, isoDate } from '@/lib/text/format'

/** When a meeting is, in the group's time zone. */
export function MeetingTime({ startsAt, endsAt, lang, timeZone }: { startsAt: string; endsAt: string; lang: LanguageCode; timeZone: string }) {
  return <time dateTime={isoDate(startsAt)}>{formatTimeRange(startsAt, endsAt, lang, timeZone)}</time>
}
