import ical, { escape, ICalEventStatus } from 'ical-generator'

import { REVALIDATE_SECONDS } from '@/lib/cache/tags'

import type { CalendarEvent } from '@/lib/feeds/calendarEvent'

type Calendar = {
  /** The calendar's name as a calendar app lists it. */
  name: string
  /** The page the calendar follows. */
  pageURL: string
  events: CalendarEvent[]
}

/**
 * RFC 5545 text, written by ical-generator: it escapes and folds every property but the calendar's
 * name (NAME, X-WR-CALNAME), escaped here, and ends the last line as the others. Times are in UTC, so no VTIMEZONE is needed; all-day
 * events are dates.
 */
export function buildCalendar({ name, pageURL, events }: Calendar): string {
  const calendar = ical({
    name: escape(name, false),
    prodId: { company: 'solidarity-news', product: 'calendar', language: 'EN' },
    url: pageURL,
    // Apps that poll a subscription ask again after this long.
    ttl: REVALIDATE_SECONDS,
  })
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      summary: event.title,
      description: event.description || undefined,
      location: event.location || undefined,
      url: event.url,
      start: new Date(event.start),
      end: new Date(event.end),
      allDay: event.allDay,
      stamp: new Date(event.stamp),
      sequence: event.sequence,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
  }
  // Every content line ends in CRLF, the last one too; the library leaves it off.
  return `${calendar.toString()}\r\n`
}

/**
 * Cached and revalidated like the RSS feeds (lib/feeds/rss.ts). One event's file is offered as a
 * download named after it, which is what "Add to calendar" opens.
 */
export function calendarResponse(text: string, { download }: { download?: string } = {}): Response {
  return new Response(text, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': `public, max-age=0, s-maxage=${REVALIDATE_SECONDS}`,
      ...(download ? { 'Content-Disposition': `attachment; filename="${download}.ics"` } : {}),
    },
  })
}
