import { startPurgeRecorder, type PurgeRecorder } from '@/tests/helpers/purgeRecorder'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { contentChanges } from '@/lib/cache/changes'
import { EXPIRE_AT_END } from '@/lib/cache/expiryAtEnd'
import type { Topic } from '@/payload-types'

import { getTestPayload } from '@/tests/helpers/payload'

const HOUR = 60 * 60 * 1000

let payload: Payload
let recorder: PurgeRecorder
let gaza: Topic

const jobs = async () =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: EXPIRE_AT_END } }, depth: 0, limit: 100, sort: 'createdAt' })).docs

async function clearJobs() {
  await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: EXPIRE_AT_END } } })
}

beforeAll(async () => {
  recorder = await startPurgeRecorder()
  payload = await getTestPayload()
  gaza = await payload.create({ collection: 'topics', data: { name: 'Gaza' } })
})

afterAll(() => recorder.close())

describe('an event leaves the upcoming lists by itself when it ends', () => {
  it('publishing an upcoming meeting queues one expiry for its end', async () => {
    await clearJobs()
    const endsAt = new Date(Date.now() + 3 * HOUR).toISOString()
    const meeting = await payload.create({
      collection: 'meetings',
      data: { title: 'Evening discussion', startsAt: new Date(Date.now() + HOUR).toISOString(), endsAt, place: 'Hall', topics: [gaza.id], _status: 'published' },
    })
    const [job, ...others] = await jobs()
    expect(others).toHaveLength(0)
    expect(new Date(job.waitUntil!).toISOString()).toBe(endsAt)
    expect(job.input).toEqual({ kind: 'meetings', docs: [{ slug: meeting.slug, topics: ['gaza'] }] })
  })

  it('a draft, or a meeting already over, queues nothing', async () => {
    await clearJobs()
    await payload.create({
      collection: 'meetings',
      data: { title: 'Unannounced', startsAt: new Date(Date.now() + HOUR).toISOString(), endsAt: new Date(Date.now() + 2 * HOUR).toISOString(), place: 'Hall', _status: 'draft' },
    })
    await payload.create({
      collection: 'meetings',
      data: { title: 'Yesterday', startsAt: new Date(Date.now() - 26 * HOUR).toISOString(), endsAt: new Date(Date.now() - 24 * HOUR).toISOString(), place: 'Hall', _status: 'published' },
    })
    expect(await jobs()).toHaveLength(0)
  })

  it('publishing an upcoming demonstration queues its expiry for the end of its day', async () => {
    await clearJobs()
    const tomorrow = new Date(Date.now() + 24 * HOUR)
    await payload.create({ collection: 'demo-reports', data: { title: 'Tomorrow’s march', date: tomorrow.toISOString(), _status: 'published' } })
    const [job] = await jobs()
    const endOfDay = Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate() + 1)
    expect(new Date(job.waitUntil!).getTime()).toBe(endOfDay)
    expect(job.input).toMatchObject({ kind: 'demo-reports', docs: [{ slug: 'tomorrows-march' }] })
  })

  it('when its time comes, the job expires the meeting’s page, its lists, /join, the calendars and its topic, in every language', async () => {
    await clearJobs()
    const meeting = await payload.create({
      collection: 'meetings',
      data: {
        title: 'Soon over',
        startsAt: new Date(Date.now() + HOUR).toISOString(),
        endsAt: new Date(Date.now() + 2 * HOUR).toISOString(),
        place: 'Hall',
        topics: [gaza.id],
        _status: 'published',
      },
    })
    const [job] = await jobs()
    // Nothing runs before the end.
    await payload.jobs.run({ limit: 10, silent: true })
    expect(await jobs()).toHaveLength(1)
    expect(recorder.purged).toEqual([])

    await payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
    const changesBefore = contentChanges().count
    await payload.jobs.run({ limit: 10, silent: true })

    expect(await jobs()).toHaveLength(0)
    expect(contentChanges().count).toBeGreaterThan(changesBefore)
    const slug = meeting.slug
    expect(recorder.purged).toEqual(
      expect.arrayContaining([
        `/meetings/${slug}`,
        '/meetings',
        '/',
        '/join',
        '/calendar.ics',
        `/meetings/${slug}/calendar.ics`,
        '/topics/gaza',
        '/uk/meetings',
        '/ar/join',
        '/uk/calendar.ics',
        '/sitemap.xml',
      ]),
    )
    expect(recorder.purged.some((address) => address.startsWith('/news'))).toBe(false)
  })
})
