import Link from 'next/link'

import { MeetingBadge } from '@/components/meeting/MeetingBadge'
import { MeetingTime } from '@/components/meeting/MeetingTime'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { localizedPath } from '@/lib/urls/localizedPath'
import { meetingPath } from '@/lib/urls/paths'
import type { MeetingSummary } from '@/lib/queries'

type Props = { meeting: MeetingSummary; lang: LanguageCode; timeZone: string; headingLevel?: 2 | 3 }

export function MeetingCard({ meeting, lang, timeZone, headingLevel = 3 }: Props) {
  const t = siteText(lang).meetings
  const Heading = `h${headingLevel}` as const
  return (
    <article className="card card--meeting">
      <div className="card__body">
        <p className="meta">
          <MeetingBadge meeting={meeting} lang={lang} /> <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} lang={lang} timeZone={timeZone} />
        </p>
        <Heading className="card__title">
          <Link href={localizedPath(lang, meetingPath(meeting.slug ?? ''))}>{meeting.title}</Link>
        </Heading>
        <p className="card__summary">{meeting.place || (meeting.onlineLink ? t.online : '')}</p>
      </div>
    </article>
  )
}
