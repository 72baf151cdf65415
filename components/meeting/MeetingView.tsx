import { AddToCalendar } from '@/components/calendar/CalendarLinks'
import { MeetingBadge } from '@/components/meeting/MeetingBadge'
import { MeetingTime } from '@/components/meeting/MeetingTime'
import { TopicTags } from '@/components/topics/TopicTags'
import { UntranslatedNotice } from '@/components/translation/UntranslatedNotice'
import { wordsLanguage } from '@/components/translation/wordsLanguage'
import { fill } from '@/i18n/fill'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { meetingPath } from '@/lib/urls/paths'
import { isMeetingUpcoming, type Translated } from '@/lib/queries'
import type { Meeting } from '@/payload-types'

type Props = { meeting: Translated<Meeting>; lang: LanguageCode; timeZone: string }

export function MeetingView({ meeting, lang, timeZone }: Props) {
  const t = siteText(lang)
  const words = wordsLanguage(meeting.lang, lang)
  const path = meetingPath(meeting.slug ?? '')
  const upcoming = isMeetingUpcoming(meeting)
  return (
    <article className="article meeting">
      {meeting.lang !== lang && <UntranslatedNotice lang={lang} text={t.meetings.notTranslated} path={path} />}
      <header className="article__header">
        <p className="meta">
          <MeetingBadge meeting={meeting} lang={lang} />
        </p>
        <h1 {...words}>{meeting.title}</h1>
        <TopicTags lang={lang} topics={meeting.topics} />
      </header>
      {meeting.status === 'cancelled' && <p className="notice">{t.meetings.cancelledNotice}</p>}
      {meeting.status === 'moved' && <p className="notice">{t.meetings.movedNotice}</p>}
      <dl className="facts">
        <dt>{t.meetings.when}</dt>
        <dd>
          <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} lang={lang} timeZone={timeZone} />{' '}
          <span className="meta">({fill(t.meetings.timeZone, { zone: timeZone })})</span>
        </dd>
        {meeting.place && (
          <>
            <dt>{t.meetings.where}</dt>
            <dd>{meeting.place}</dd>
          </>
        )}
        {meeting.onlineLink && (
          <>
            <dt>{t.meetings.online}</dt>
            <dd>
              <a href={meeting.onlineLink} rel="noopener nofollow">
                {t.meetings.joinOnline}
              </a>
            </dd>
          </>
        )}
      </dl>
      {meeting.description && (
        <div className="meeting__description" {...words}>
          {meeting.description.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      )}
      {upcoming && <AddToCalendar eventPath={path} lang={lang} />}
    </article>
  )
}
