import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { findDemoReportsAboutTopic } from '@/lib/queries/demoReports'
import { findMeetingsAboutTopic, findNextMeeting, findPastMeetingsPage, findUpcomingMeetings } from '@/lib/queries/meetings'
import type { Meeting, Topic } from '@/payload-types'

import { createUser } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'
import { rest } from '@/tests/helpers/rest'
import { foundHrefs } from '@/tests/helpers/search'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString()

let payload: Payload
let editorToken: string
let topic: Topic

function meeting(title: string, startHours: number, data: Partial<Meeting> = {}) {
  return payload.create({
    collection: 'meetings',
    data: { title, startsAt: inHours(startHours), endsAt: inHours(startHours + 2), place: 'Community centre', _status: 'published', ...data },
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  editorToken = (await createUser(payload, 'editor')).token
  topic = await payload.create({ collection: 'topics', data: { name: 'Solidarity' } })
  await meeting('In a month', 30 * 24, { topics: [topic.id] })
  await meeting('Tomorrow', 24, { topics: [topic.id] })
  await meeting('Called off', 12, { status: 'cancelled' })
  // Started an hour ago and still going: upcoming until it ends.
  await meeting('Under way', -1)
  await meeting('Last week', -7 * 24, { topics: [topic.id] })
  await meeting('Last month', -30 * 24, { topics: [topic.id] })
  await meeting('Secret draft', 48, { _status: 'draft', topics: [topic.id] })
})

describe('what an organiser may save', () => {
  it('refuses a meeting that ends before it starts, with a message, and stores nothing', async () => {
    const response = await rest('POST', '/meetings', {
      token: editorToken,
      body: { title: 'Backwards', startsAt: inHours(5), endsAt: inHours(3), place: 'Hall' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('The end must come after the start.')
    expect((await payload.count({ collection: 'meetings', where: { title: { equals: 'Backwards' } } })).totalDocs).toBe(0)
  })

  it('asks for a place or an online link, and accepts either alone', async () => {
    const nowhere = await rest('POST', '/meetings', { token: editorToken, body: { title: 'Nowhere', startsAt: inHours(5), endsAt: inHours(6) } })
    expect(nowhere.status).toBe(400)
    expect(JSON.stringify(nowhere.body)).toContain('Give a place, an online link, or both.')
    const online = await rest('POST', '/meetings', {
      token: editorToken,
      body: { title: 'Online only', startsAt: inHours(5), endsAt: inHours(6), onlineLink: 'https://meet.example.org/solidarity' },
    })
    expect(online.status).toBe(201)
    expect(online.body.doc.slug).toBe('online-only')
    expect(online.body.doc.status).toBe('scheduled')
  })

  it('refuses an online link that is not a web address', async () => {
    const response = await rest('POST', '/meetings', {
      token: editorToken,
      body: { title: 'Scripted', startsAt: inHours(5), endsAt: inHours(6), onlineLink: 'javascript:alert(1)' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('https://')
  })

  it('refuses a status that is not one of scheduled, cancelled, moved', async () => {
    const response = await rest('POST', '/meetings', {
      token: editorToken,
      body: { title: 'Odd', startsAt: inHours(5), endsAt: inHours(6), place: 'Hall', status: 'postponed-forever' },
    })
    expect(response.status).toBe(400)
  })

  it('keeps the site’s time zone a real IANA name, Europe/London unless changed', async () => {
    expect((await payload.findGlobal({ slug: 'site-settings' })).timeZone).toBe('Europe/London')
    const { token } = await createUser(payload, 'admin')
    for (const timeZone of ['Mars/Olympus_Mons', 'GMT+1', 'BST', '']) {
      const response = await rest('POST', '/globals/site-settings', { token, body: { timeZone } })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toContain('Use a time zone name such as Europe/London.')
    }
    const kyiv = await payload.updateGlobal({ slug: 'site-settings', data: { timeZone: 'Europe/Kyiv' } })
    expect(kyiv.timeZone).toBe('Europe/Kyiv')
    await payload.updateGlobal({ slug: 'site-settings', data: { timeZone: 'Europe/London' } })
  })
})

describe('who reads meetings through the REST API', () => {
  it('anonymous visitors list published meetings only, even when they ask for drafts', async () => {
    for (const query of ['?limit=100', '?draft=true&limit=100']) {
      const response = await rest('GET', `/meetings${query}`)
      expect(response.status).toBe(200)
      const titles = response.body.docs.map((doc: Meeting) => doc.title)
      expect(titles).toEqual(expect.arrayContaining(['Tomorrow', 'Last week']))
      expect(titles).not.toContain('Secret draft')
    }
  })

  it('anonymous visitors cannot open a draft by id, nor read versions, nor write', async () => {
    const { docs } = await payload.find({ collection: 'meetings', where: { title: { equals: 'Secret draft' } }, draft: true })
    expect([403, 404]).toContain((await rest('GET', `/meetings/${docs[0].id}`)).status)
    expect((await rest('GET', '/meetings/versions')).status).toBe(403)
    expect((await rest('POST', '/meetings', { body: { title: 'Intruder', startsAt: inHours(1), endsAt: inHours(2), place: 'x' } })).status).toBe(403)
  })

  it('editors read drafts', async () => {
    const response = await rest('GET', '/meetings?draft=true&limit=100', { token: editorToken })
    expect(response.body.docs.map((doc: Meeting) => doc.title)).toContain('Secret draft')
  })
})

describe('upcoming before past', () => {
  it('lists upcoming meetings soonest first, one under way included, and leaves drafts and ended ones out', async () => {
    const titles = (await findUpcomingMeetings(payload, 'en')).map((doc) => doc.title)
    expect(titles.indexOf('Under way')).toBeLessThan(titles.indexOf('Called off'))
    expect(titles.indexOf('Called off')).toBeLessThan(titles.indexOf('Tomorrow'))
    expect(titles.indexOf('Tomorrow')).toBeLessThan(titles.indexOf('In a month'))
    expect(titles).not.toEqual(expect.arrayContaining(['Secret draft']))
    expect(titles).not.toContain('Last week')
  })

  it('lists past meetings latest first', async () => {
    const past = await findPastMeetingsPage(payload, 'en', 1)
    expect(past.docs.map((doc) => doc.title)).toEqual(['Last week', 'Last month'])
  })

  it('offers the soonest meeting that is not cancelled as the next one', async () => {
    expect((await findNextMeeting(payload, 'en'))?.title).toBe('Under way')
    expect((await findNextMeeting(payload, 'en', new Date(Date.now() + 2 * HOUR)))?.title).toBe('Tomorrow')
  })

  it('a topic lists its upcoming meetings first, then its past ones, drafts never', async () => {
    expect((await findMeetingsAboutTopic(payload, 'en', topic.id)).map((doc) => doc.title)).toEqual(['Tomorrow', 'In a month', 'Last week', 'Last month'])
  })

  it('a topic lists its upcoming demonstrations first, then its reports newest first', async () => {
    for (const [title, days] of [['Old march', -400], ['Recent march', -10], ['Far march', 60], ['Next march', 5]] as const) {
      await payload.create({
        collection: 'demo-reports',
        data: { title, date: new Date(Date.now() + days * DAY).toISOString(), topics: [topic.id], _status: 'published' },
      })
    }
    expect((await findDemoReportsAboutTopic(payload, 'en', topic.id)).map((doc) => doc.title)).toEqual(['Next march', 'Far march', 'Recent march', 'Old march'])
  })
})

describe('visitors’ search', () => {
  it('finds published meetings by their place and description, never a draft, and filters by type', async () => {
    await meeting('Reading group', 72, { place: 'Bishopsgate Institute', description: 'We read the zapatista communiqués together.' })
    await meeting('Unannounced reading', 96, { description: 'Zapatista strategy, not yet public.', _status: 'draft' })
    expect(await foundHrefs(payload, 'zapatista')).toEqual(['/meetings/reading-group'])
    expect(await foundHrefs(payload, { q: 'bishopsgate', type: 'meeting' })).toEqual(['/meetings/reading-group'])
    expect(await foundHrefs(payload, { q: 'bishopsgate', type: 'article' })).toEqual([])
  })
})
