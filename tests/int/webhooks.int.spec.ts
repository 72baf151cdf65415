import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { submitRemovalRequest } from '@/lib/removal/submitRemovalRequest'
import { FIRST_RETRY_MS } from '@/plugins/outgoingWebhooks/deliverWebhook'

import { createMedia, createUser } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'
import { rest } from '@/tests/helpers/rest'

type Delivery = { method: string; path: string; headers: http.IncomingHttpHeaders; body: string }

const SECRET = randomBytes(32).toString('hex')

let payload: Payload
let adminToken: string
let editorToken: string
let receiver: http.Server
let receiverURL: string
let webhookId: number | string
const received: Delivery[] = []
/** What the receiver answers next, one status per delivery; 204 once they run out. */
const answers: number[] = []

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ token: adminToken } = await createUser(payload, 'admin'))
  ;({ token: editorToken } = await createUser(payload, 'editor'))
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({ method: req.method!, path: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString() })
      res.writeHead(answers.shift() ?? 204)
      res.end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverURL = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/solidarity`
  const created = await rest('POST', '/webhooks', { token: adminToken, body: { name: 'Partner mirror', url: receiverURL, newSecret: SECRET } })
  expect(created.status).toBe(201)
  webhookId = created.body.doc.id
})

afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve))
})

beforeEach(async () => {
  await deliver()
  received.length = 0
  answers.length = 0
})

/** Runs the jobs queue as the job runner would, and returns what the receiver got meanwhile. */
async function deliver(): Promise<Delivery[]> {
  const before = received.length
  await payload.jobs.run({ limit: 100, silent: true })
  return received.slice(before)
}

/** The check docs/api.md asks receivers to make, written from the documentation. */
function signedWith(secret: string, delivery: Delivery): boolean {
  const id = String(delivery.headers['webhook-id'])
  const timestamp = String(delivery.headers['webhook-timestamp'])
  const expected = Buffer.from(`v1,${createHmac('sha256', secret).update(`${id}.${timestamp}.${delivery.body}`).digest('base64')}`)
  const given = Buffer.from(String(delivery.headers['webhook-signature']))
  return given.length === expected.length && timingSafeEqual(given, expected)
}

const notice = (delivery: Delivery) => JSON.parse(delivery.body)
/** Each delivery's event and collection, in a fixed order: the queue may run jobs queued together in any order. */
const events = (deliveries: Delivery[]) => deliveries.map((delivery) => [notice(delivery).event, notice(delivery).collection]).sort()

function publishedArticle(title: string) {
  return payload.create({ collection: 'articles', data: { title, _status: 'published' } })
}

async function pendingDeliveries() {
  return (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deliverWebhook' } }, depth: 0 })).docs
}

describe('what a webhook is told', () => {
  it('tells the receiver of a publication with a POST signed with its secret', async () => {
    const article = await publishedArticle('Ceasefire now')
    const [delivery, ...more] = await deliver()
    expect(more).toEqual([])
    expect(delivery.method).toBe('POST')
    expect(delivery.path).toBe('/hooks/solidarity')
    expect(delivery.headers['content-type']).toBe('application/json')
    expect(signedWith(SECRET, delivery)).toBe(true)
    expect(signedWith('another secret', delivery)).toBe(false)
    expect(Math.abs(Number(delivery.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60)
    expect(notice(delivery)).toEqual({
      id: delivery.headers['webhook-id'],
      event: 'published',
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      collection: 'articles',
      doc: { id: article.id, slug: 'ceasefire-now' },
      url: 'http://localhost:3000/news/ceasefire-now',
      api: `http://localhost:3000/api/articles/${article.id}`,
    })
  })

  it('never announces a draft, an autosave, or a draft saved over a published article', async () => {
    const draft = await payload.create({ collection: 'demo-reports', data: { title: 'Plans for June', date: '2030-06-01T12:00:00.000Z', _status: 'draft' }, draft: true })
    await payload.update({ collection: 'demo-reports', id: draft.id, data: { title: 'Plans for June, again' }, draft: true, autosave: true })
    expect(await deliver()).toEqual([])
    const article = await publishedArticle('Why we march')
    expect(events(await deliver())).toEqual([['published', 'articles']])
    await payload.update({ collection: 'articles', id: article.id, data: { title: 'Why we march: a draft' }, draft: true })
    await payload.update({ collection: 'articles', id: article.id, data: { title: 'Why we march: autosaved' }, draft: true, autosave: true })
    expect(await deliver()).toEqual([])
  })

  it('announces an unpublication and a deletion, so a mirror can remove them too', async () => {
    const unpublished = await publishedArticle('Withdrawn statement')
    const deleted = await publishedArticle('Mistaken report')
    const neverPublic = await payload.create({ collection: 'articles', data: { title: 'Never shown', _status: 'draft' }, draft: true })
    await deliver()
    await payload.update({ collection: 'articles', id: unpublished.id, data: { _status: 'draft' } })
    await payload.delete({ collection: 'articles', id: deleted.id })
    await payload.delete({ collection: 'articles', id: neverPublic.id })
    const deliveries = await deliver()
    expect(deliveries.map((delivery) => [notice(delivery).event, notice(delivery).doc.id]).sort()).toEqual([
      ['deleted', deleted.id],
      ['unpublished', unpublished.id],
    ])
    expect(deliveries.every((delivery) => signedWith(SECRET, delivery))).toBe(true)
  })

  it('announces a meeting published and unpublished, with its page and its place in the API', async () => {
    const startsAt = new Date(Date.now() + 7 * 86_400_000)
    const meeting = await payload.create({
      collection: 'meetings',
      data: {
        title: 'Solidarity in winter',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        place: 'Conway Hall',
        _status: 'published',
      },
    })
    const [published] = await deliver()
    expect(notice(published)).toMatchObject({
      event: 'published',
      collection: 'meetings',
      doc: { id: meeting.id, slug: 'solidarity-in-winter' },
      url: 'http://localhost:3000/meetings/solidarity-in-winter',
      api: `http://localhost:3000/api/meetings/${meeting.id}`,
    })
    await payload.update({ collection: 'meetings', id: meeting.id, data: { _status: 'draft' } })
    expect(events(await deliver())).toEqual([['unpublished', 'meetings']])
  })

  it('announces a photo taken down (sent back to review) or deleted, and never one still in review', async () => {
    const inReview = await createMedia(payload, 'Faces not yet blurred', 'review')
    expect(await deliver()).toEqual([])
    const photo = await createMedia(payload, 'The banner at Parliament Square')
    expect(events(await deliver())).toEqual([['published', 'media']])
    await payload.update({ collection: 'media', id: photo.id, data: { visibility: 'review' } })
    const [takenDown] = await deliver()
    expect(notice(takenDown)).toMatchObject({ event: 'taken-down', collection: 'media', doc: { id: photo.id }, url: `http://localhost:3000/photos/${photo.id}` })
    await payload.delete({ collection: 'media', id: photo.id })
    await payload.delete({ collection: 'media', id: inReview.id })
    expect(await deliver()).toEqual([])
    const another = await createMedia(payload, 'The crowd on Whitehall')
    await payload.delete({ collection: 'media', id: another.id })
    expect(events(await deliver())).toEqual([
      ['deleted', 'media'],
      ['published', 'media'],
    ])
  })

  it('announces a photo withdrawn on request as taken down, so a mirror drops it at once', async () => {
    const photo = await createMedia(payload, 'The front of the march')
    await deliver()
    const asked = await submitRemovalRequest(payload, { wish: 'remove', note: '', contact: '' }, { photoId: String(photo.id), requesterAddress: '198.51.100.9' })
    expect(asked).toMatchObject({ outcome: 'withdrawn' })
    const [takenDown, ...more] = await deliver()
    expect(more).toEqual([])
    expect(notice(takenDown)).toMatchObject({ event: 'taken-down', collection: 'media', doc: { id: photo.id } })
  })

  it('tells each webhook only the events and content it asked for, and a paused one nothing', async () => {
    const paused = await rest('POST', '/webhooks', {
      token: adminToken,
      body: { name: 'Paused', url: receiverURL.replace('solidarity', 'paused'), newSecret: SECRET, active: false },
    })
    const removals = await rest('POST', '/webhooks', {
      token: adminToken,
      body: { name: 'Topic removals', url: receiverURL.replace('solidarity', 'removals'), newSecret: SECRET, events: ['deleted'], collections: ['topics'] },
    })
    const topic = await payload.create({ collection: 'topics', data: { name: 'Housing' } })
    await payload.delete({ collection: 'topics', id: topic.id })
    const deliveries = await deliver()
    expect(deliveries.map((delivery) => [delivery.path, notice(delivery).event]).sort()).toEqual([
      ['/hooks/removals', 'deleted'],
      ['/hooks/solidarity', 'deleted'],
      ['/hooks/solidarity', 'published'],
    ])
    await rest('DELETE', `/webhooks/${paused.body.doc.id}`, { token: adminToken })
    await rest('DELETE', `/webhooks/${removals.body.doc.id}`, { token: adminToken })
  })
})

describe('a receiver that fails', () => {
  it('is tried again later, each wait twice the last, with the same notice signed afresh', async () => {
    answers.push(500, 503)
    await payload.create({ collection: 'topics', data: { name: 'Civil liberties' } })
    const [first] = await deliver()
    for (const expectedWait of [FIRST_RETRY_MS, 2 * FIRST_RETRY_MS]) {
      const [job] = await pendingDeliveries()
      const wait = new Date(job.waitUntil!).getTime() - Date.now()
      expect(wait).toBeGreaterThan(expectedWait - 5_000)
      expect(wait).toBeLessThanOrEqual(expectedWait)
      // Nothing is sent again before its time.
      expect(await deliver()).toEqual([])
      await payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
      await deliver()
    }
    const attempts = received
    expect(attempts).toHaveLength(3)
    expect(attempts.map((attempt) => attempt.headers['webhook-id'])).toEqual(Array(3).fill(first.headers['webhook-id']))
    expect(new Set(attempts.map((attempt) => attempt.body)).size).toBe(1)
    expect(attempts.every((attempt) => signedWith(SECRET, attempt))).toBe(true)
    expect(await pendingDeliveries()).toEqual([])
  })
})

describe('who may see and change webhooks', () => {
  it('lets only admins list, read, create, change or delete them', async () => {
    for (const token of [undefined, editorToken]) {
      expect((await rest('GET', '/webhooks', { token })).status).toBe(403)
      expect((await rest('GET', `/webhooks/${webhookId}`, { token })).status).toBe(403)
      expect((await rest('POST', '/webhooks', { token, body: { name: 'Spy', url: 'https://spy.example/', newSecret: SECRET } })).status).toBe(403)
      expect((await rest('PATCH', `/webhooks/${webhookId}`, { token, body: { url: 'https://spy.example/' } })).status).toBe(403)
      expect((await rest('DELETE', `/webhooks/${webhookId}`, { token })).status).toBe(403)
    }
    expect((await rest('GET', `/webhooks/${webhookId}`, { token: adminToken })).body.url).toBe(receiverURL)
  })

  it('never gives the secret back, even to an admin, nor lets a query guess at it', async () => {
    const read = await rest('GET', `/webhooks/${webhookId}`, { token: adminToken })
    const listed = await rest('GET', '/webhooks?select[secret]=true&select[newSecret]=true', { token: adminToken })
    for (const answer of [read, listed]) {
      expect(answer.status).toBe(200)
      expect(JSON.stringify(answer.body)).not.toContain(SECRET)
    }
    expect(read.body).not.toHaveProperty('secret')
    const guessed = await rest('GET', `/webhooks?where[secret][equals]=${SECRET}`, { token: adminToken })
    expect(guessed.status === 200 ? guessed.body.docs : []).toEqual([])
    const created = await rest('POST', '/webhooks', { token: adminToken, body: { name: 'Echo', url: 'https://echo.example/', newSecret: SECRET } })
    expect(JSON.stringify(created.body)).not.toContain(SECRET)
    await rest('DELETE', `/webhooks/${created.body.doc.id}`, { token: adminToken })
  })

  it('keeps the secret when an edit leaves it empty, and signs with a new one once given', async () => {
    expect((await rest('PATCH', `/webhooks/${webhookId}`, { token: adminToken, body: { name: 'Partner mirror (renamed)' } })).status).toBe(200)
    await publishedArticle('Still signed')
    const [delivery] = await deliver()
    expect(signedWith(SECRET, delivery)).toBe(true)
    const replacement = randomBytes(32).toString('hex')
    expect((await rest('PATCH', `/webhooks/${webhookId}`, { token: adminToken, body: { newSecret: replacement } })).status).toBe(200)
    await publishedArticle('Signed anew')
    const [next] = await deliver()
    expect(signedWith(replacement, next)).toBe(true)
    await rest('PATCH', `/webhooks/${webhookId}`, { token: adminToken, body: { newSecret: SECRET } })
  })

  it.each([
    ['an address over plain http', { url: 'http://mirror.example/hook', newSecret: SECRET }, /https/],
    ['an address with a password in it', { url: 'https://user:pass@mirror.example/hook', newSecret: SECRET }, /password/],
    ['no secret', { url: 'https://mirror.example/hook' }, /secret/],
    ['a short secret', { url: 'https://mirror.example/hook', newSecret: 'too short' }, /32 characters/],
  ])('refuses a webhook with %s', async (_, body, message) => {
    const response = await rest('POST', '/webhooks', { token: adminToken, body: { name: 'Mirror', ...body } })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(message)
  })
})
