import { fill } from '@/i18n/fill'
import { pageLanguage, type LanguageParams } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { buildCalendar, calendarResponse } from '@/lib/feeds/icalendar'
import { absoluteURL } from '@/lib/urls/absoluteURL'
import { localizedPath } from '@/lib/urls/localizedPath'
import { getCalendarEvents, getSiteSettings } from '@/lib/queries'

export const runtime = 'nodejs'
/** Built once per language, then served from the cache until a hook (or an event's end) expires its tags. */
export const dynamic = 'force-static'
/** REVALIDATE_SECONDS, written out: Next reads segment config from the source and refuses an imported name. */
export const revalidate = 3600

export { languageParams as generateStaticParams } from '@/i18n/pageLanguage'

/** Every upcoming demonstration and meeting, for calendar apps to subscribe to (`webcal:`). */
export async function GET(_request: Request, { params }: { params: Promise<LanguageParams> }) {
  const { code } = await pageLanguage(params)
  const [settings, events] = await Promise.all([getSiteSettings(code), getCalendarEvents(code)])
  return calendarResponse(
    buildCalendar({ name: fill(siteText(code).calendar.name, { siteName: settings.siteName }), pageURL: absoluteURL(localizedPath(code, '/meetings')), events }),
  )
}
