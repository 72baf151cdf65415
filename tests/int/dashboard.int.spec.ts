import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { findAtAGlance } from '@/lib/queries/dashboard'
import type { User } from '@/payload-types'

import { body, createMedia, createUser } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'

let payload: Payload
let editor: User

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ user: editor } = await createUser(payload, 'editor'))
})

const asEditor = async () => findAtAGlance(payload, { ...editor, collection: 'users' }, 'en', new Date('2030-01-01T00:00:00Z'))

describe('the admin’s dashboard', () => {
  it('counts the photos waiting for review, newest first, and leaves out public ones', async () => {
    const before = (await asEditor()).photosInReview.totalDocs
    await createMedia(payload, 'Public already', 'public')
    const waiting = await createMedia(payload, 'Faces to check', 'review')
    const { photosInReview } = await asEditor()
    expect(photosInReview.totalDocs).toBe(before + 1)
    expect(photosInReview.docs[0]).toMatchObject({ id: waiting.id, alt: 'Faces to check' })
  })

  it('tells which photos in review have suggested faces nobody has looked at', async () => {
    const crowd = await createMedia(payload, 'Crowd at the embassy', 'review')
    await payload.update({ collection: 'media', id: crowd.id, data: { faceCheck: 'suggested', faceBoxes: [{ x: 0.1, y: 0.1, width: 0.2, height: 0.3 }] } })
    const { photosInReview } = await asEditor()
    expect(photosInReview.docs.find((photo) => photo.id === crowd.id)?.faceCheck).toBe('suggested')
  })

  it('lists the next demonstrations soonest first, drafts included, and no past one', async () => {
    const create = (title: string, date: string, _status: 'draft' | 'published') =>
      payload.create({ collection: 'demo-reports', data: { title, date, _status }, draft: _status === 'draft' })
    await create('Last year’s march', '2029-06-01T00:00:00.000Z', 'published')
    await create('Spring march', '2030-03-01T00:00:00.000Z', 'published')
    await create('Winter vigil, still a plan', '2030-01-15T00:00:00.000Z', 'draft')
    const { upcomingDemos } = await asEditor()
    expect(upcomingDemos.docs.map((demo) => [demo.title, demo._status])).toEqual([
      ['Winter vigil, still a plan', 'draft'],
      ['Spring march', 'published'],
    ])
  })

  it('shows the drafts the queue will publish, with their titles and times, and not the unpublishing', async () => {
    const article = await payload.create({ collection: 'articles', data: { title: 'Report from the vigil', body: body('Soon.') }, draft: true })
    const schedule = (type: 'publish' | 'unpublish', waitUntil: string) =>
      payload.jobs.queue({
        task: 'schedulePublish',
        input: { type, doc: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: editor.id } },
        waitUntil: new Date(waitUntil),
      })
    await schedule('publish', '2030-01-02T09:30:00.000Z')
    await schedule('unpublish', '2030-01-03T09:30:00.000Z')
    await schedule('publish', '2029-12-01T09:30:00.000Z')
    const { scheduled } = await asEditor()
    expect(scheduled.docs).toEqual([{ collection: 'articles', id: article.id, title: 'Report from the vigil', at: '2030-01-02T09:30:00.000Z' }])
  })

  it('lists the join requests nobody has handled yet, newest first', async () => {
    const ask = (name: string, handled: boolean) =>
      payload.create({ collection: 'join-requests', data: { name, email: `${name.toLowerCase()}@example.org`, message: 'When is the next meeting?', language: 'en', handled } })
    await ask('Handled', true)
    await ask('Olena', false)
    await ask('Samir', false)
    const { joinRequests } = await asEditor()
    expect(joinRequests.totalDocs).toBe(2)
    expect(joinRequests.docs.map((request) => request.name)).toEqual(['Samir', 'Olena'])
  })

  it('lists the photos taken down on request that wait for an editor, newest first, and none closed', async () => {
    const request = async (status: 'open' | 'queued' | 'restored', wish: 'blur' | 'remove') =>
      payload.create({ collection: 'removal-requests', data: { photo: (await createMedia(payload)).id, wish, status }, overrideAccess: true })
    await request('open', 'remove')
    await request('restored', 'remove')
    await request('queued', 'blur')
    const { takedowns } = await asEditor()
    expect(takedowns.totalDocs).toBe(2)
    expect(takedowns.docs.map((doc) => [doc.status, doc.wish])).toEqual([
      ['queued', 'blur'],
      ['open', 'remove'],
    ])
  })

  it('lists the next meetings until they end, soonest first, with drafts', async () => {
    const meet = (title: string, startsAt: string, endsAt: string, _status: 'draft' | 'published') =>
      payload.create({ collection: 'meetings', data: { title, startsAt, endsAt, place: 'Community hall', _status }, draft: _status === 'draft' })
    await meet('Ended an hour ago', '2029-12-31T21:00:00.000Z', '2029-12-31T23:00:00.000Z', 'published')
    await meet('Under way', '2029-12-31T23:30:00.000Z', '2030-01-01T01:00:00.000Z', 'published')
    await meet('Planning, not announced', '2030-01-10T18:00:00.000Z', '2030-01-10T20:00:00.000Z', 'draft')
    const { upcomingMeetings } = await asEditor()
    expect(upcomingMeetings.docs.map((meeting) => [meeting.title, meeting._status])).toEqual([
      ['Under way', 'published'],
      ['Planning, not announced', 'draft'],
    ])
  })
})
