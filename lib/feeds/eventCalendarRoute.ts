import { pageLanguage, type LanguageParams } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { buildCalendar, calendarResponse } from '@/lib/feeds/icalendar'
import { getEventCalendar, getSiteSettings, type EventKind } from '@/lib/queries'

type Params = Promise<LanguageParams & { slug: string }>

/**
 * `…/<slug>/calendar.ics` for one upcoming demonstration or meeting: what "Add to calendar" opens.
 * An event that has ended, is a draft or does not exist has none (404).
 */
export function eventCalendarRoute(kind: EventKind) {
  return async function GET(_request: Request, { params }: { params: Params }) {
    const [{ code }, { slug }] = await Promise.all([pageLanguage(params), params])
    const [event, settings] = await Promise.all([getEventCalendar(kind, slug, code), getSiteSettings(code)])
    if (!event) return new Response(siteText(code).calendar.notFound, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    return calendarResponse(buildCalendar({ name: `${settings.siteName}: ${event.title}`, pageURL: event.url, events: [event] }), { download: slug })
  }
}
