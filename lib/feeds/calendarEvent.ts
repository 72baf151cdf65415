import { TZDate } from '@date-fns/tz'

import type { SiteStrings } from '@/i18n/siteText'
import { demoReportDescription } from '@/lib/metadata/description'
import { placeOf } from '@/lib/text/format'
import type { DemoReport, Meeting } from '@/payload-types'

/** One upcoming demonstration or meeting as calendars see it. Plain JSON, so it can be cached. */
export type CalendarEvent = {
  /** Stays the same for the event's whole life, whatever changes: calendars update the event they already hold. */
  uid: string
  title: string
  description: string
  location: string
  /** The event's page, absolute. */
  url: string
  /** ISO instants; for an all-day event, midnight UTC of the first day and of the day after the last. */
  start: string
  end: string
  allDay: boolean
  cancelled: boolean
  /** Goes up each time the published event changes, so calendars replace their copy. */
  sequence: number
  /** When the published event last changed (DTSTAMP). */
  stamp: string
}

const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1)

/**
 * SEQUENCE, derived from the last published change rather than stored: the seconds since 2020 grow
 * with every published save (an autosaved draft leaves the published document alone) and stay within
 * the 32-bit integer calendars keep until 2088.
 */
export function sequenceOf(updatedAt: string): number {
  return Math.max(0, Math.floor((Date.parse(updatedAt) - SEQUENCE_EPOCH) / 1000))
}

const HOUR = 60 * 60 * 1000
/** A march with a start time but no end is shown as this long, so calendars keep the time free. */
const DEFAULT_DEMO_LENGTH = 2 * HOUR

/** A local time on a demonstration's day ("12:00"), as the instant it is in the group's time zone. */
function onDay(day: string, time: string, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number)
  const [hours, minutes] = time.split(':').map(Number)
  return new Date(new TZDate(year, month - 1, date, hours, minutes, timeZone).getTime())
}

type Origin = { host: string; pageURL: string }

/** A demonstration with a start time is a timed event in the site's zone; one with a date only lasts the whole day. */
export function demoReportEvent(
  report: Pick<DemoReport, 'id' | 'title' | 'date' | 'startTime' | 'endTime' | 'place' | 'cause' | 'participation' | 'body' | 'updatedAt'>,
  { host, pageURL }: Origin,
  timeZone: string,
  t: SiteStrings,
): CalendarEvent {
  const day = new Date(report.date).toISOString().slice(0, 10)
  let start: Date
  let end: Date
  if (report.startTime) {
    start = onDay(day, report.startTime, timeZone)
    end = report.endTime ? onDay(day, report.endTime, timeZone) : new Date(start.getTime() + DEFAULT_DEMO_LENGTH)
    // An end before the start is after midnight.
    if (end <= start) end = new Date(end.getTime() + 24 * HOUR)
  } else {
    start = new Date(`${day}T00:00:00.000Z`)
    end = new Date(start.getTime() + 24 * HOUR)
  }
  return {
    uid: `demo-report-${report.id}@${host}`,
    title: report.title,
    description: demoReportDescription(report),
    location: placeOf(report.place, t.separators.list),
    url: pageURL,
    start: start.toISOString(),
    end: end.toISOString(),
    allDay: !report.startTime,
    cancelled: false,
    sequence: sequenceOf(report.updatedAt),
    stamp: report.updatedAt,
  }
}

export function meetingEvent(
  meeting: Pick<Meeting, 'id' | 'title' | 'startsAt' | 'endsAt' | 'status' | 'place' | 'onlineLink' | 'description' | 'updatedAt'>,
  { host, pageURL }: Origin,
  t: SiteStrings,
): CalendarEvent {
  const online = meeting.onlineLink ? `${t.meetings.joinOnline}: ${meeting.onlineLink}` : ''
  return {
    uid: `meeting-${meeting.id}@${host}`,
    title: meeting.title,
    description: [meeting.description?.trim(), online].filter(Boolean).join('\n\n'),
    location: meeting.place || meeting.onlineLink || '',
    url: pageURL,
    start: new Date(meeting.startsAt).toISOString(),
    end: new Date(meeting.endsAt).toISOString(),
    allDay: false,
    cancelled: meeting.status === 'cancelled',
    sequence: sequenceOf(meeting.updatedAt),
    stamp: meeting.updatedAt,
  }
}
