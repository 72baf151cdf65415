import fs from 'node:fs/promises'

import { describe, expect, it } from '@jest/globals'
import ICAL from 'ical.js'
import type { Payload } from 'payload'

import { seriousAccessibilityViolations } from '@/tests/helpers/axe'
import { seededSite } from '@/tests/helpers/seededSite'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
const at = (ms: number) => new Date(Date.now() + ms).toISOString()

async function addMeetings(payload: Payload) {
  const meeting = (data: Record<string, unknown>) => payload.create({ collection: 'meetings', data: { place: 'Marchmont Community Centre', _status: 'published', ...data } as never })
  await meeting({
    title: 'Join our discussions',
    slug: 'join-our-discussions',
    startsAt: at(3 * DAY),
    endsAt: at(3 * DAY + 2 * HOUR),
    onlineLink: 'https://meet.example.org/solidarity',
    description: 'We analyse the global situation and bring the different struggles together.',
  })
  await meeting({ title: 'Called-off meeting', startsAt: at(DAY), endsAt: at(DAY + HOUR), status: 'cancelled' })
  await meeting({ title: 'Autumn meeting', startsAt: at(-10 * DAY), endsAt: at(-10 * DAY + 2 * HOUR) })
  await meeting({ title: 'Secret planning', startsAt: at(2 * DAY), endsAt: at(2 * DAY + HOUR), _status: 'draft' })
  await payload.create({
    collection: 'demo-reports',
    data: { title: 'Next Saturday’s march', slug: 'next-saturdays-march', date: at(5 * DAY), startTime: '12:00', place: { venue: 'Russell Square', city: 'London' }, _status: 'published' },
  })
}

const site = seededSite({ browser: true, addMore: addMeetings })

const get = (path: string, init?: RequestInit) => fetch(`${site.server.url}${path}`, init)

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
}

describe('meetings on the public site', () => {
  it('/meetings lists upcoming meetings first, then past ones, never a draft, in all three languages', async () => {
    const html = await (await get('/meetings')).text()
    const order = ['Called-off meeting', 'Join our discussions', 'Autumn meeting'].map((title) => html.indexOf(title))
    expect(order.every((index) => index > 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(html).not.toContain('Secret planning')
    expect(html).toContain('webcal://')
    for (const [lang, heading] of [['uk', 'Зустрічі'], ['ar', 'الاجتماعات']]) {
      const page = await get(`/${lang}/meetings`)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain(heading)
    }
    expect((await get('/meetings/secret-planning')).status).toBe(404)
  })

  it('a meeting’s page shows its time in London time, an Event for search engines and an "Add to calendar" that downloads its event', async () => {
    const page = await site.browser.newPage({ acceptDownloads: true })
    const response = await page.goto(`${site.server.url}/meetings/join-our-discussions`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').innerText()).toBe('Join our discussions')
    expect(await page.locator('dl.facts').innerText()).toContain('Europe/London')
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
    expect(jsonLd).toMatchObject({ '@type': 'Event', name: 'Join our discussions', eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode' })
    expect(await seriousAccessibilityViolations(page)).toEqual([])

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Add to calendar' }).click()])
    expect(download.suggestedFilename()).toBe('join-our-discussions.ics')
    const [event] = parseCalendar(await fs.readFile((await download.path())!, 'utf8'))
    expect(event.summary).toBe('Join our discussions')
    expect(event.location).toBe('Marchmont Community Centre')
    await page.close()
  })

  it('serves each upcoming event’s calendar as text/calendar, and none for one that is over', async () => {
    const response = await get('/meetings/join-our-discussions/calendar.ics')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(parseCalendar(await response.text())).toHaveLength(1)
    const demo = await get('/demos/next-saturdays-march/calendar.ics')
    expect(demo.status).toBe(200)
    expect(parseCalendar(await demo.text())[0].startDate.isDate).toBe(false)
    expect((await get('/meetings/autumn-meeting/calendar.ics')).status).toBe(404)
    expect((await get('/meetings/secret-planning/calendar.ics')).status).toBe(404)
    expect((await get('/demos/london-ceasefire-in-gaza-2024-06-08/calendar.ics')).status).toBe(404)
  })

  it('/calendar.ics holds every upcoming demonstration and meeting, with an ETag like the feeds', async () => {
    const response = await get('/calendar.ics')
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const events = parseCalendar(await response.text())
    expect(events.map((event) => event.summary)).toEqual(['Called-off meeting', 'Join our discussions', 'Next Saturday’s march'])
    expect(events[0].component.getFirstPropertyValue('status')).toBe('CANCELLED')
    const etag = response.headers.get('etag')
    expect(etag).toBeTruthy()
    expect((await get('/calendar.ics', { headers: { 'If-None-Match': etag! } })).status).toBe(304)
  })

  it('the home page and /join invite people to the next meeting that is not cancelled', async () => {
    for (const path of ['/', '/join', '/uk/join']) {
      const html = await (await get(path)).text()
      expect(html).toMatch(/href="(?:\/uk)?\/meetings\/join-our-discussions"/)
      expect(html).not.toContain('Called-off meeting')
    }
  })

  it('a meeting leaves the upcoming list and the calendar by itself once it ends', async () => {
    const created = await get('/api/meetings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${site.token}` },
      body: JSON.stringify({ title: 'Quick huddle', startsAt: at(-HOUR), endsAt: at(6000), place: 'Hall', _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const upcoming = async () => {
      const html = await (await get('/meetings')).text()
      return html.indexOf('Quick huddle') > 0 && html.indexOf('Quick huddle') < html.indexOf('id="past"')
    }
    expect(await upcoming()).toBe(true)
    expect(await (await get('/calendar.ics')).text()).toContain('Quick huddle')
    // No save after its end: the queued job (run every few seconds) expires the pages.
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline && (await upcoming())) await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await upcoming()).toBe(false)
    expect(await (await get('/meetings')).text()).toContain('Quick huddle')
    expect(await (await get('/calendar.ics')).text()).not.toContain('Quick huddle')
  }, 60_000)
})
