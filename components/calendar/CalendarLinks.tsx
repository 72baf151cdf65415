import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { absoluteURL } from '@/lib/urls/absoluteURL'
import { localizedPath } from '@/lib/urls/localizedPath'
import { CALENDAR_PATH, eventCalendarPath } from '@/lib/urls/paths'

/** The `webcal:` address of a feed: calendar apps subscribe to it (and keep polling) instead of importing it once. */
const webcal = (path: string) => absoluteURL(path).replace(/^https?:/, 'webcal:')

/** "Add to calendar" for one upcoming event: its own `.ics` file beside its page. */
export function AddToCalendar({ eventPath, lang }: { eventPath: string; lang: LanguageCode }) {
  return (
    <p className="calendar-links">
      <a href={localizedPath(lang, eventCalendarPath(eventPath))} download>
        {siteText(lang).calendar.add}
      </a>
    </p>
  )
}

/** Every upcoming demonstration and meeting, kept current in the visitor's calendar app. */
export function SubscribeToCalendar({ lang }: { lang: LanguageCode }) {
  const t = siteText(lang).calendar
  return (
    <p className="calendar-links">
      <a href={webcal(localizedPath(lang, CALENDAR_PATH))}>{t.subscribe}</a> ({t.subscribeHint}){' '}
      <a href={localizedPath(lang, CALENDAR_PATH)}>{t.file}</a>
    </p>
  )
}
