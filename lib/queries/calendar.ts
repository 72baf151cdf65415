import type { Payload, Where } from 'payload'

import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { timeZoneOr } from '@/fields/timeZone'
import { type CalendarEvent, demoReportEvent, meetingEvent } from '@/lib/feeds/calendarEvent'
import { env } from '@/lib/startup/env'
import { absoluteURL } from '@/lib/urls/absoluteURL'
import { localizedPath } from '@/lib/urls/localizedPath'
import { demoReportPath, meetingPath } from '@/lib/urls/paths'

import { asVisitorIn } from '@/lib/queries/asVisitor'
import { startOfToday } from '@/lib/queries/demoReports'
import { findSiteSettings } from '@/lib/queries/siteSettings'

/** More than a group plans ahead; the bound keeps one request's work bounded. */
const MAX_EVENTS = 200

const demoFields = { title: true, slug: true, date: true, startTime: true, endTime: true, place: true, cause: true, participation: true, body: true, updatedAt: true } as const
const meetingFields = { title: true, slug: true, startsAt: true, endsAt: true, status: true, place: true, onlineLink: true, description: true, updatedAt: true } as const

export type EventKind = 'demo-reports' | 'meetings'

async function context(payload: Payload, lang: LanguageCode) {
  const settings = await findSiteSettings(payload, lang)
  return { timeZone: timeZoneOr(settings.timeZone), host: new URL(env().serverURL).host, t: siteText(lang) }
}

const pageURL = (lang: LanguageCode, path: string) => absoluteURL(localizedPath(lang, path))

/** What a visitor may see: published only, and upcoming only (an event that has ended has no place in a calendar feed). */
function upcomingWhere(kind: EventKind, now: Date, slug?: string): Where {
  const upcoming: Where = kind === 'meetings' ? { endsAt: { greater_than: now.toISOString() } } : { date: { greater_than_equal: startOfToday(now) } }
  return slug === undefined ? upcoming : { and: [upcoming, { slug: { equals: slug } }] }
}

async function findUpcoming(payload: Payload, lang: LanguageCode, kind: EventKind, now: Date, slug?: string): Promise<CalendarEvent[]> {
  const { timeZone, host, t } = await context(payload, lang)
  const query = { ...asVisitorIn(lang), where: upcomingWhere(kind, now, slug), limit: MAX_EVENTS, depth: 0 } as const
  if (kind === 'meetings') {
    const { docs } = await payload.find({ collection: 'meetings', ...query, sort: 'startsAt', select: meetingFields })
    return docs.map((meeting) => meetingEvent(meeting, { host, pageURL: pageURL(lang, meetingPath(meeting.slug ?? '')) }, t))
  }
  const { docs } = await payload.find({ collection: 'demo-reports', ...query, sort: 'date', select: demoFields })
  return docs.map((report) => demoReportEvent(report, { host, pageURL: pageURL(lang, demoReportPath(report.slug ?? '')) }, timeZone, t))
}

/** Every upcoming demonstration and meeting, soonest first. */
export async function findCalendarEvents(payload: Payload, lang: LanguageCode, now = new Date()): Promise<CalendarEvent[]> {
  const [demos, meetings] = await Promise.all([findUpcoming(payload, lang, 'demo-reports', now), findUpcoming(payload, lang, 'meetings', now)])
  return [...demos, ...meetings].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
}

/** One upcoming event, or null when there is none at that slug or it has ended. */
export async function findEventCalendar(payload: Payload, lang: LanguageCode, kind: EventKind, slug: string, now = new Date()): Promise<CalendarEvent | null> {
  const [event] = await findUpcoming(payload, lang, kind, now, slug)
  return event ?? null
}
