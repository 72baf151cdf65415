import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { HourlyAllowance } from '@/lib/limits/hourlyAllowance'
import type { RemovalFormFields } from '@/lib/removal/validateRemovalRequest'
import type { Media, RemovalRequest } from '@/payload-types'
import { type LocalRedis, startLocalRedis } from '@/scripts/cluster/redis'
import { createAuthRateLimiter } from '@/server/authRateLimits'

import { redisConnection } from '@/tests/helpers/redisConnection'
import type { rest as restType } from '@/tests/helpers/rest'
import { type SMTPCapture, startSMTPCapture } from '@/tests/helpers/smtpCapture'

/**
 * "Remove me from this photo", server side: a public photo is withdrawn at once, what an editor may
 * then do with the request, what is forgotten when it closes, and the bounds that keep anyone from
 * emptying the archive (a per-address limit, a site-wide cap of automatic takedowns per hour).
 */

let smtp: SMTPCapture
let payload: Payload
let submitRemovalRequest: typeof import('@/lib/removal/submitRemovalRequest').submitRemovalRequest
let createHourlyAllowance: typeof import('@/lib/limits/hourlyAllowance').createHourlyAllowance
let createMedia: typeof import('@/tests/helpers/fixtures').createMedia
let rest: typeof restType
let adminToken: string
let editorToken: string
let editorId: number | string

beforeAll(async () => {
  smtp = await startSMTPCapture()
  // Read once, as Payload's config loads: set before it (or anything importing it) is imported.
  Object.assign(process.env, { SMTP_URL: smtp.url, EMAIL_FROM: 'Test Group <news@example.org>' })
  const { getTestPayload } = await import('@/tests/helpers/payload')
  const fixtures = await import('@/tests/helpers/fixtures')
  createMedia = fixtures.createMedia
  ;({ rest } = await import('@/tests/helpers/rest'))
  payload = await getTestPayload()
  ;({ submitRemovalRequest } = await import('@/lib/removal/submitRemovalRequest'))
  ;({ createHourlyAllowance } = await import('@/lib/limits/hourlyAllowance'))
  ;({ token: adminToken } = await fixtures.createUser(payload, 'admin', 'admin@example.org'))
  const editor = await fixtures.createUser(payload, 'editor', 'editor@example.org')
  editorToken = editor.token
  editorId = editor.user.id
  await payload.updateGlobal({ slug: 'site-settings', data: { contactEmail: 'organisers@example.org' }, overrideAccess: true })
})
afterAll(() => smtp.close())

afterEach(async () => {
  await payload.delete({ collection: 'removal-requests', where: { id: { exists: true } }, overrideAccess: true })
})

const ASK: RemovalFormFields = { wish: 'remove', note: 'I am the one in the red coat, on the left.', contact: 'Marcher@Example.org' }

/** Fresh allowances for each call unless given, so one test's takedowns never use up another's. */
const ask = (photo: Media | string, options: { address?: string; takedowns?: HourlyAllowance; fields?: Partial<RemovalFormFields> } = {}) =>
  submitRemovalRequest(payload, { ...ASK, ...options.fields }, {
    photoId: typeof photo === 'string' ? photo : String(photo.id),
    requesterAddress: options.address ?? '198.51.100.7',
    takedowns: options.takedowns ?? createHourlyAllowance('test-takedowns', 100),
    notices: createHourlyAllowance('test-notices', 100),
  })

const visibilityOf = async (photo: Media) => (await payload.findByID({ collection: 'media', id: photo.id, overrideAccess: true, depth: 0 })).visibility
const requests = async () => (await payload.find({ collection: 'removal-requests', overrideAccess: true, pagination: false, sort: 'createdAt', depth: 0 })).docs
/** One after the other: uploads at once would race for the same file name. */
async function publicPhotos(count: number): Promise<Media[]> {
  const photos: Media[] = []
  for (let index = 0; index < count; index++) photos.push(await createMedia(payload))
  return photos
}
const anonymousSees = async (photo: Media) => (await rest('GET', `/media/${photo.id}`)).status

/** An editor choosing the outcome in the admin, through the REST API as the admin does. */
const close = (request: { id: number | string }, status: RemovalRequest['status'], token = editorToken) =>
  rest('PATCH', `/removal-requests/${request.id}`, { token, body: { status } })

describe('asking for a public photo to come down', () => {
  it('withdraws the photo at once, stores the request open, and emails the organisers', async () => {
    const photo = await createMedia(payload, 'The red coats at the front')
    expect(await anonymousSees(photo)).toBe(200)
    const before = smtp.messages.length
    const result = await ask(photo)
    expect(result).toMatchObject({ outcome: 'withdrawn' })
    expect(await visibilityOf(photo)).toBe('withdrawn')
    expect(await anonymousSees(photo)).toBe(404)
    const [request] = await requests()
    expect(request).toMatchObject({
      photo: photo.id,
      wish: 'remove',
      note: ASK.note,
      contact: 'marcher@example.org',
      requesterAddress: '198.51.100.7',
      photoFilename: photo.filename,
      status: 'open',
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const [notice] = smtp.messages.slice(before)
    expect(notice.subject).toBe('A photo was taken down on request')
    expect(notice.to).toMatchObject({ text: 'organisers@example.org' })
    expect(notice.text).toContain(`/admin/collections/removal-requests/${request.id}`)
  })

  it('answers a photo in review and an id that names nothing alike, and stores nothing', async () => {
    const inReview = await createMedia(payload, 'Faces not yet blurred', 'review')
    for (const id of [String(inReview.id), '999999', 'abc', '../1']) expect(await ask(id)).toEqual({ outcome: 'unknown' })
    expect(await requests()).toEqual([])
    expect(await visibilityOf(inReview)).toBe('review')
  })

  it('hears a second person in a photo already withdrawn, without using the hour’s cap; it comes back only once both are closed', async () => {
    const photo = await createMedia(payload, 'Two people at the front')
    const takedowns = createHourlyAllowance('test-second', 1)
    expect(await ask(photo, { takedowns })).toMatchObject({ outcome: 'withdrawn' })
    expect(await ask(photo, { takedowns, address: '198.51.100.99' })).toMatchObject({ outcome: 'withdrawn' })
    const [first, second] = await requests()
    expect([first.status, second.status]).toEqual(['open', 'open'])
    expect((await close(first, 'restored')).status).toBe(200)
    expect(await visibilityOf(photo)).toBe('withdrawn')
    expect((await close(second, 'restored')).status).toBe(200)
    expect(await visibilityOf(photo)).toBe('public')
  })

  const badInput: [string, Partial<RemovalFormFields>, Record<string, string>][] = [
    ['no choice made', { wish: '' }, { wish: 'wishMissing' }],
    ['a choice the form never offers', { wish: 'delete-everything' }, { wish: 'wishMissing' }],
    ['a note over 1,000 characters', { note: 'x'.repeat(1001) }, { note: 'noteTooLong' }],
    ['markup in the note', { note: 'see <script>alert(1)</script>' }, { note: 'markup' }],
    ['an address that is no address', { contact: 'me at example' }, { contact: 'contactInvalid' }],
    ['a header smuggled in the address', { contact: 'a@example.org\r\nBcc: all@example.org' }, { contact: 'contactInvalid' }],
  ]
  it.each(badInput)('refuses %s, naming the field, and leaves the photo public', async (_, fields, errors) => {
    const photo = await createMedia(payload)
    expect(await ask(photo, { fields })).toEqual({ outcome: 'invalid', errors })
    expect(await requests()).toEqual([])
    expect(await visibilityOf(photo)).toBe('public')
  })

  it('takes a request with no note and no contact', async () => {
    const photo = await createMedia(payload)
    expect(await ask(photo, { fields: { wish: 'blur', note: '', contact: '' } })).toMatchObject({ outcome: 'withdrawn' })
    expect((await requests())[0]).toMatchObject({ wish: 'blur', contact: null })
  })

  it('only a public photo can be withdrawn: an editor cannot withdraw one in review', async () => {
    const inReview = await createMedia(payload, 'Still in review', 'review')
    const response = await rest('PATCH', `/media/${inReview.id}`, { token: editorToken, body: { visibility: 'withdrawn' } })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('Only a public photo can be withdrawn.')
    expect(await visibilityOf(inReview)).toBe('review')
  })
})

describe('where a withdrawn photo no longer shows', () => {
  it('the archive, the banner’s journey, the home page’s strip, galleries, feeds, search and the API leave it out; only its page knows it is gone', async () => {
    const photos = await import('@/lib/queries/photos')
    const { findRecentDemoPhotos } = await import('@/lib/queries/media')
    const { findFeedItems } = await import('@/lib/queries/outputs')
    const { findDemoReportBySlug } = await import('@/lib/queries/demoReports')
    const { foundHrefs } = await import('@/tests/helpers/search')
    const report = await payload.create({ collection: 'demo-reports', data: { title: 'March for a ceasefire', date: '2024-06-08T12:00:00.000Z', _status: 'published' } })
    const photo = await payload.update({
      collection: 'media',
      id: (await createMedia(payload, 'Bagpipers leading the march')).id,
      data: { showsBanner: true, demoReport: report.id, takenAt: '2024-06-08T12:00:00.000Z' },
    })
    await payload.update({ collection: 'demo-reports', id: report.id, data: { photos: [photo.id] } })
    const article = await payload.create({ collection: 'articles', data: { title: 'Pipers for peace', heroImage: photo.id, _status: 'published' } })
    const inReview = await createMedia(payload, 'Faces still to blur', 'review')

    const shownOn = async () => ({
      archive: (await photos.findPhotosPage(payload, 'en', {}, 1))!.docs.some((doc) => doc.id === photo.id),
      banner: (await photos.findBannerPhotos(payload, 'en')).some((doc) => doc.id === photo.id),
      home: (await findRecentDemoPhotos(payload, 'en', 30)).some((doc) => doc.id === photo.id),
      gallery: ((await findDemoReportBySlug(payload, 'en', report.slug!))?.photos ?? []).some((doc) => typeof doc === 'object' && doc.id === photo.id),
      page: (await photos.findPhoto(payload, 'en', photo.id)) !== null,
      feed: (await findFeedItems(payload, 'en')).find((item) => item.title === 'Pipers for peace')?.image !== undefined,
      search: (await foundHrefs(payload, 'bagpipers'))?.includes(`/photos/${photo.id}`) ?? false,
      api: (await rest('GET', '/media?limit=100')).body.docs.some((doc: Media) => doc.id === photo.id),
      file: (await rest('GET', `/media/file/${photo.filename}`)).status === 200,
    })
    const everywhere = { archive: true, banner: true, home: true, gallery: true, page: true, feed: true, search: true, api: true, file: true }
    expect(await shownOn()).toEqual(everywhere)
    expect(await photos.findWhetherWithdrawn(payload, photo.id)).toBe(false)

    await ask(photo)
    expect(await shownOn()).toEqual(Object.fromEntries(Object.keys(everywhere).map((key) => [key, false])))
    expect(await photos.findWhetherWithdrawn(payload, photo.id)).toBe(true)
    for (const id of [inReview.id, 999999, 'abc']) expect(await photos.findWhetherWithdrawn(payload, id)).toBe(false)
    await payload.delete({ collection: 'articles', id: article.id })
  })
})

describe('what an editor does with a request', () => {
  it('restores the photo: public again, the outcome recorded with who and when, the requester forgotten', async () => {
    const photo = await createMedia(payload)
    await ask(photo)
    const [request] = await requests()
    const response = await close(request, 'restored')
    expect(response.status).toBe(200)
    expect(await visibilityOf(photo)).toBe('public')
    const [closed] = await requests()
    expect(closed).toMatchObject({ status: 'restored', closedBy: editorId, requesterAddress: null, contact: null, wish: 'remove', note: ASK.note })
    expect(Date.now() - Date.parse(closed.closedAt!)).toBeLessThan(10_000)
  })

  it('deletes the photo, its files with it', async () => {
    const photo = await createMedia(payload)
    await ask(photo)
    const [request] = await requests()
    expect((await close(request, 'deleted')).status).toBe(200)
    expect(await payload.findByID({ collection: 'media', id: photo.id, overrideAccess: true, disableErrors: true })).toBeNull()
    expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, photo.filename!))).toBe(false)
    expect((await requests())[0]).toMatchObject({ status: 'deleted', requesterAddress: null, contact: null })
  })

  it('closes as blurred only once the photo has been blurred, then makes it public again', async () => {
    const photo = await createMedia(payload)
    await ask(photo, { fields: { wish: 'blur' } })
    const [request] = await requests()
    const early = await close(request, 'blurred')
    expect(early.status).toBe(400)
    expect(JSON.stringify(early.body)).toContain('Blur the photo with the blur tool first')
    expect((await requests())[0]).toMatchObject({ status: 'open', requesterAddress: '198.51.100.7' })
    const blurred = await rest('POST', `/media/${photo.id}/blur`, { token: editorToken, body: { regions: [{ x: 0.1, y: 0.1, width: 0.3, height: 0.3 }] } })
    expect(blurred.status).toBe(200)
    expect(await visibilityOf(photo)).toBe('withdrawn')
    expect((await close(request, 'blurred')).status).toBe(200)
    expect(await visibilityOf(photo)).toBe('public')
    expect((await requests())[0]).toMatchObject({ status: 'blurred', requesterAddress: null, contact: null })
  })

  it('a closed request is final: it cannot be reopened or given another outcome', async () => {
    const photo = await createMedia(payload)
    await ask(photo)
    const [request] = await requests()
    await close(request, 'restored')
    for (const status of ['open', 'queued', 'deleted'] as const) {
      const response = await close(request, status)
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toContain('This request is closed')
    }
    expect((await requests())[0].status).toBe('restored')
    expect(await visibilityOf(photo)).toBe('public')
  })

  it('nobody changes what the requester sent, nor who closed it', async () => {
    const photo = await createMedia(payload)
    await ask(photo)
    const [request] = await requests()
    await rest('PATCH', `/removal-requests/${request.id}`, { token: adminToken, body: { note: 'rewritten', wish: 'blur', requesterAddress: '203.0.113.1', closedBy: editorId } })
    expect((await requests())[0]).toMatchObject({ note: ASK.note, wish: 'remove', requesterAddress: '198.51.100.7', closedBy: null })
  })
})

describe('who may see and make requests', () => {
  it('editors and admins read and close them, only admins delete them; visitors can do none of it, and nobody creates one through the API', async () => {
    const photo = await createMedia(payload)
    await ask(photo)
    expect((await rest('GET', '/removal-requests')).status).toBe(403)
    expect((await rest('GET', '/removal-requests', { token: editorToken })).body.totalDocs).toBe(1)
    expect((await rest('GET', '/removal-requests', { token: adminToken })).body.totalDocs).toBe(1)
    for (const token of [undefined, editorToken, adminToken]) {
      expect((await rest('POST', '/removal-requests', { token, body: { photo: photo.id, wish: 'remove' } })).status).toBe(403)
    }
    const [request] = await requests()
    expect((await rest('DELETE', `/removal-requests/${request.id}`)).status).toBe(403)
    expect((await rest('DELETE', `/removal-requests/${request.id}`, { token: editorToken })).status).toBe(403)
    expect((await rest('PATCH', `/removal-requests/${request.id}`, { body: { status: 'restored' } })).status).toBe(403)
    expect((await requests())[0].status).toBe('open')
    expect((await rest('DELETE', `/removal-requests/${request.id}`, { token: adminToken })).status).toBe(200)
  })
})

describe('bounds that keep anyone from emptying the archive', () => {
  it('one address may have 5 requests waiting; its 6th is refused with nothing hidden, until an editor closes one', async () => {
    const photos = await publicPhotos(7)
    for (const photo of photos.slice(0, 5)) expect(await ask(photo)).toMatchObject({ outcome: 'withdrawn' })
    expect(await ask(photos[5])).toEqual({ outcome: 'tooMany' })
    expect(await visibilityOf(photos[5])).toBe('public')
    expect(await ask(photos[5], { address: '198.51.100.8' })).toMatchObject({ outcome: 'withdrawn' })
    const [first] = await requests()
    await close(first, 'restored')
    expect(await ask(photos[6])).toMatchObject({ outcome: 'withdrawn' })
  })

  it('past the hourly cap, a request is queued with the photo still public, and the organisers are alerted', async () => {
    const takedowns = createHourlyAllowance('test-cap', 2)
    const photos = await publicPhotos(3)
    const before = smtp.messages.length
    const results = []
    for (const [index, photo] of photos.entries()) results.push(await ask(photo, { takedowns, address: `198.51.100.${20 + index}` }))
    expect(results.map((result) => result.outcome)).toEqual(['withdrawn', 'withdrawn', 'queued'])
    expect(await Promise.all(photos.map(visibilityOf))).toEqual(['withdrawn', 'withdrawn', 'public'])
    expect((await requests()).map((request) => request.status)).toEqual(['open', 'open', 'queued'])
    await new Promise((resolve) => setTimeout(resolve, 300))
    const subjects = smtp.messages.slice(before).map((message) => message.subject)
    expect(subjects).toContain('Takedown request queued: the hourly cap is reached')
    // A queued request is closed like any other: restoring leaves the photo public, deleting removes it.
    const queued = (await requests())[2]
    expect((await close(queued, 'deleted')).status).toBe(200)
    expect(await payload.findByID({ collection: 'media', id: photos[2].id, overrideAccess: true, disableErrors: true })).toBeNull()
  })

  it('the cap is one for the whole site among many instances: counted in Redis, whichever instance each request reaches', async () => {
    const redis: LocalRedis = await startLocalRedis()
    const [a, b] = [redisConnection(redis.url), redisConnection(redis.url)]
    try {
      await Promise.all([a.connect(), b.connect()])
      // What takedownCap() gives each instance when REDIS_URL is set.
      const onInstance = { A: createHourlyAllowance('automatic-takedowns', 2, a), B: createHourlyAllowance('automatic-takedowns', 2, b) }
      const photos = await publicPhotos(3)
      const results = []
      for (const [index, instance] of (['A', 'B', 'A'] as const).entries()) {
        results.push(await ask(photos[index], { takedowns: onInstance[instance], address: `198.51.100.${50 + index}` }))
      }
      expect(results.map((result) => result.outcome)).toEqual(['withdrawn', 'withdrawn', 'queued'])
      expect(await Promise.all(photos.map(visibilityOf))).toEqual(['withdrawn', 'withdrawn', 'public'])
    } finally {
      a.destroy()
      b.destroy()
      await redis.close()
    }
  })

  it('a refused form gets a page in its language without JavaScript, and the busy page with it', async () => {
    const { refusePageForm } = await import('@/server/pageFormRefusal')
    const server = http.createServer((req, res) => refusePageForm(req, res, { path: '/ar/photos/12/remove', retryAfterSeconds: 900, message: '' }))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ar/photos/12/remove`
    try {
      const page = await fetch(url, { method: 'POST' })
      expect(page.status).toBe(429)
      expect(page.headers.get('retry-after')).toBe('900')
      const html = await page.text()
      expect(html).toContain('<html lang="ar" dir="rtl">')
      expect(html).toContain('طلبات كثيرة جدًا')
      expect(html).toContain('href="/ar/photos"')
      const scripted = await fetch(url, { method: 'POST', headers: { 'Next-Action': 'abc' } })
      expect(scripted.status).toBe(429)
      expect(scripted.headers.get('x-action-redirect')).toBe('/ar/photos/remove/busy;push')
    } finally {
      server.close()
    }
  })

  it('one address may post the form 10 times an hour, in any language and for any photo; its 11th is refused', async () => {
    const check = createAuthRateLimiter()
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(await check('POST', ['/photos/1/remove', '/uk/photos/2/remove', '/ar/photos/3/remove/'][attempt % 3], '198.51.100.40')).toBeNull()
    }
    const refusal = await check('POST', '/photos/4/remove', '198.51.100.40')
    expect(refusal).toMatchObject({ path: '/photos/4/remove', message: 'Too many takedown requests from your network. Try again in 60 minutes.' })
    expect(await check('POST', '/photos/4/remove', '198.51.100.41')).toBeNull()
    expect(await check('POST', '/join', '198.51.100.40')).toBeNull()
    expect(await check('GET', '/photos/4/remove', '198.51.100.40')).toBeNull()
  })
})
