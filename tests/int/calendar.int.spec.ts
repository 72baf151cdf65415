import { beforeAll, describe, expect, it } from '@jest/globals'
import ICAL from 'ical.js'
import type { Payload } from 'payload'

import { buildCalendar } from '@/lib/feeds/icalendar'
import { findCalendarEvents, findEventCalendar } from '@/lib/queries/calendar'
import type { DemoReport, Meeting } from '@/payload-types'

import { getTestPayload } from '@/tests/helpers/payload'

/** Every event below is upcoming as of this moment; the feed is read as of it. */
const NOW = new Date('2030-06-01T00:00:00.000Z')
const HOSTILE_DESCRIPTION = [
  'Agenda: reports, plans; the banner, the leaflets, the next march.',
  'Bring a friend\\ and a flask; doors open at 18:45, start at 19:00.',
  'Розбір ситуації в Україні та Палестині, і що ми можемо зробити разом — '.repeat(3),
  'نناقش الوضع العالمي ونجمع النضالات المختلفة معًا، من أوكرانيا إلى فلسطين.',
].join('\n')

let payload: Payload
let evening: Meeting
let cancelled: Meeting
let timedMarch: DemoReport
let allDayMarch: DemoReport

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
  return { calendar, events, byTitle: (title: string) => events.find((event) => event.summary === title)! }
}

async function feed(lang: 'en' | 'uk' | 'ar' = 'en') {
  const text = buildCalendar({ name: 'Ukraine Information Group: demonstrations, meetings; and more', pageURL: 'http://localhost:3000/meetings', events: await findCalendarEvents(payload, lang, NOW) })
  return { text, ...parse(text) }
}

beforeAll(async () => {
  payload = await getTestPayload()
  evening = await payload.create({
    collection: 'meetings',
    data: {
      title: 'Join our discussions',
      startsAt: '2030-07-14T18:00:00.000Z',
      endsAt: '2030-07-14T20:00:00.000Z',
      place: 'Marchmont Community Centre, 62 Marchmont Street; London',
      onlineLink: 'https://meet.example.org/solidarity',
      description: HOSTILE_DESCRIPTION,
      _status: 'published',
    },
  })
  cancelled = await payload.create({
    collection: 'meetings',
    data: { title: 'Called off', startsAt: '2030-06-10T18:00:00.000Z', endsAt: '2030-06-10T19:00:00.000Z', status: 'cancelled', place: 'Hall', _status: 'published' },
  })
  await payload.create({
    collection: 'meetings',
    data: { title: 'Unannounced', startsAt: '2030-06-11T18:00:00.000Z', endsAt: '2030-06-11T19:00:00.000Z', place: 'Hall', _status: 'draft' },
  })
  await payload.create({
    collection: 'meetings',
    data: { title: 'Already over', startsAt: '2030-05-11T18:00:00.000Z', endsAt: '2030-05-11T19:00:00.000Z', place: 'Hall', _status: 'published' },
  })
  timedMarch = await payload.create({
    collection: 'demo-reports',
    data: { title: 'Summer march', date: '2030-07-05T12:00:00.000Z', startTime: '12:00', endTime: '15:30', place: { venue: 'Russell Square', city: 'London' }, cause: 'Ceasefire', _status: 'published' },
  })
  allDayMarch = await payload.create({
    collection: 'demo-reports',
    data: { title: 'Day of action', date: '2030-06-20T12:00:00.000Z', _status: 'published' },
  })
  await payload.create({ collection: 'demo-reports', data: { title: 'Draft march', date: '2030-06-21T12:00:00.000Z', _status: 'draft' } })
  await payload.create({ collection: 'demo-reports', data: { title: 'Spring march', date: '2030-04-21T12:00:00.000Z', _status: 'published' } })
})

describe('the calendar feed, read by an independent parser', () => {
  it('holds every upcoming published demonstration and meeting, soonest first, and nothing else', async () => {
    const { events } = await feed()
    expect(events.map((event) => event.summary)).toEqual(['Called off', 'Day of action', 'Summer march', 'Join our discussions'])
  })

  it('gives a meeting its times in UTC, its place, page and description, word for word', async () => {
    const event = (await feed()).byTitle('Join our discussions')
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-07-14T18:00:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2030-07-14T20:00:00.000Z')
    expect(event.startDate.zone?.tzid).toBe('UTC')
    expect(event.location).toBe('Marchmont Community Centre, 62 Marchmont Street; London')
    expect(event.description).toBe(`${HOSTILE_DESCRIPTION}\n\nJoin online: https://meet.example.org/solidarity`)
    expect(event.component.getFirstPropertyValue('url')).toBe(`http://localhost:3000/meetings/${evening.slug}`)
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy()
    expect(event.uid).toBe(`meeting-${evening.id}@localhost:3000`)
  })

  it('escapes and folds text as RFC 5545 says: CRLF lines of at most 75 octets, never splitting a character', async () => {
    const { text, calendar } = await feed('uk')
    expect(text.endsWith('\r\n')).toBe(true)
    const lines = text.split('\r\n').slice(0, -1)
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
      expect(line).not.toContain('\n')
      expect(line).not.toContain('\uFFFD')
    }
    const unfolded = text.replace(/\r\n /g, '')
    expect(unfolded).toContain('LOCATION:Marchmont Community Centre\\, 62 Marchmont Street\\; London')
    expect(unfolded).toContain('a friend\\\\ and a flask\\;')
    // The parser keeps NAME (RFC 7986) as written: it must arrive escaped like any other text.
    expect(calendar.getFirstPropertyValue('name')).toBe('Ukraine Information Group: demonstrations\\, meetings\\; and more')
  })

  it('gives a demonstration with a start time a timed event, read in the site’s time zone', async () => {
    const event = (await feed()).byTitle('Summer march')
    // 12:00 in London in July is 11:00 UTC.
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-07-05T11:00:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2030-07-05T14:30:00.000Z')
    expect(event.location).toBe('Russell Square, London')
    expect(event.uid).toBe(`demo-report-${timedMarch.id}@localhost:3000`)

    await payload.updateGlobal({ slug: 'site-settings', data: { timeZone: 'Europe/Kyiv' } })
    try {
      expect((await feed()).byTitle('Summer march').startDate.toJSDate().toISOString()).toBe('2030-07-05T09:00:00.000Z')
    } finally {
      await payload.updateGlobal({ slug: 'site-settings', data: { timeZone: 'Europe/London' } })
    }
  })

  it('gives a demonstration with only a date an all-day event', async () => {
    const { text, byTitle } = await feed()
    const event = byTitle('Day of action')
    expect(event.startDate.isDate).toBe(true)
    expect(event.startDate.toString()).toBe('2030-06-20')
    expect(event.endDate.toString()).toBe('2030-06-21')
    expect(text).toContain('DTSTART;VALUE=DATE:20300620')
  })

  it('marks a cancelled meeting STATUS:CANCELLED', async () => {
    const event = (await feed()).byTitle('Called off')
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(event.uid).toBe(`meeting-${cancelled.id}@localhost:3000`)
  })

  it('keeps the UID and raises SEQUENCE when a published event changes; an autosaved draft changes nothing', async () => {
    const before = (await feed()).byTitle('Day of action')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await payload.update({ collection: 'demo-reports', id: allDayMarch.id, data: { title: 'Day of action (draft retitle)' }, draft: true })
    const afterDraft = (await feed()).byTitle('Day of action')
    expect(afterDraft.sequence).toBe(before.sequence)
    await payload.update({ collection: 'demo-reports', id: allDayMarch.id, data: { title: 'Day of action', date: '2030-06-22T12:00:00.000Z', _status: 'published' } })
    const after = (await feed()).byTitle('Day of action')
    expect(after.uid).toBe(before.uid)
    expect(after.sequence).toBeGreaterThan(before.sequence)
    expect(after.startDate.toString()).toBe('2030-06-22')
  })

  it('offers one upcoming event on its own, and none for a draft, an event that is over, or an unknown slug', async () => {
    const single = await findEventCalendar(payload, 'en', 'meetings', evening.slug!, NOW)
    expect(single?.title).toBe('Join our discussions')
    const parsed = parse(buildCalendar({ name: 'x', pageURL: single!.url, events: [single!] }))
    expect(parsed.events).toHaveLength(1)
    const drafts = await payload.find({ collection: 'meetings', where: { title: { equals: 'Unannounced' } }, draft: true })
    expect(await findEventCalendar(payload, 'en', 'meetings', drafts.docs[0].slug!, NOW)).toBeNull()
    expect(await findEventCalendar(payload, 'en', 'meetings', 'already-over', NOW)).toBeNull()
    expect(await findEventCalendar(payload, 'en', 'demo-reports', 'draft-march', NOW)).toBeNull()
    expect(await findEventCalendar(payload, 'en', 'demo-reports', 'no-such-march', NOW)).toBeNull()
    expect((await findEventCalendar(payload, 'en', 'demo-reports', timedMarch.slug!, NOW))?.title).toBe('Summer march')
  })
})
