import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { bounds } from '@/apiGuards/bounds'
import { INVALID_JSON_MESSAGE } from '@/hooks/explainErrors'

import { createMedia, createUser } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'
import { rest } from '@/tests/helpers/rest'

const TOPICS = bounds.anonymous.limit + 20
const DRAFT_TITLE = 'Secret plan for the next action'

let payload: Payload
let adminToken: string
let articleId: number | string

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ token: adminToken } = await createUser(payload, 'admin'))
  for (let n = 0; n < TOPICS; n++) {
    await payload.create({ collection: 'topics', data: { name: `Topic ${n}` } })
  }
  // article → hero image → its demo report → that report's photos: three levels of relationships.
  const photo = await createMedia(payload, 'The banner at Parliament Square')
  const report = await payload.create({
    collection: 'demo-reports',
    data: { title: 'London march', date: '2024-06-08T12:00:00.000Z', photos: [photo.id], _status: 'published' },
  })
  await payload.update({ collection: 'media', id: photo.id, data: { demoReport: report.id } })
  const article = await payload.create({
    collection: 'articles',
    data: { title: 'Why we carry this banner', heroImage: photo.id, _status: 'published' },
  })
  articleId = article.id
  const hidden = await createMedia(payload, 'Faces not yet blurred', 'review')
  await payload.create({
    collection: 'demo-reports',
    data: { title: DRAFT_TITLE, date: '2024-07-01T12:00:00.000Z', photos: [hidden.id], _status: 'draft' },
    draft: true,
  })
})

describe('how much one anonymous request may read', () => {
  it.each([
    ['?limit=1000000', bounds.anonymous.limit],
    ['?limit=0', bounds.anonymous.limit],
    ['?limit=-5', bounds.anonymous.limit],
    ['?pagination=false', 10],
    ['?pagination=false&limit=0', bounds.anonymous.limit],
    ['?limit=20', 20],
  ])('GET /api/topics%s returns at most %i documents, with the paging to read on', async (query, expected) => {
    const response = await rest('GET', `/topics${query}`)
    expect(response.status).toBe(200)
    expect(response.body.docs).toHaveLength(expected)
    expect(response.body.totalDocs).toBe(TOPICS)
    expect(response.body.hasNextPage).toBe(true)
  })

  it('lets a signed-in editor read a whole collection at once, as the admin does', async () => {
    const response = await rest('GET', '/topics?pagination=false', { token: adminToken })
    expect(response.body.docs).toHaveLength(TOPICS)
  })

  it(`populates relationships at most ${bounds.depth.max} levels deep, whatever depth is asked for`, async () => {
    const response = await rest('GET', `/articles/${articleId}?depth=10`)
    expect(response.status).toBe(200)
    const report = response.body.heroImage.demoReport
    expect(report.title).toBe('London march')
    expect(typeof report.photos[0]).not.toBe('object')
  })
})

describe('what an anonymous request may not ask about', () => {
  it('refuses to list or search accounts', async () => {
    const response = await rest('GET', '/users?where[email][like]=example.org')
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.body)).not.toMatch(/example\.org/)
  })

  it('refuses queries on password hashes and reset tokens, even for an admin', async () => {
    for (const field of ['hash', 'salt', 'resetPasswordToken']) {
      const response = await rest('GET', `/users?where[${field}][exists]=true`, { token: adminToken })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toMatch(/cannot be queried/)
    }
  })

  it('finds nothing through a relationship into a draft', async () => {
    for (const query of [
      `where[demoReport.title][equals]=${encodeURIComponent(DRAFT_TITLE)}`,
      `where[demoReport._status][equals]=draft`,
    ]) {
      const response = await rest('GET', `/media?${query}`)
      expect(response.status === 200 ? response.body.docs : []).toEqual([])
    }
  })

  it('finds no draft by asking for drafts', async () => {
    for (const query of ['?draft=true', '?where[_status][equals]=draft', '?draft=true&where[title][like]=Secret']) {
      const response = await rest('GET', `/demo-reports${query}`)
      expect(JSON.stringify(response.body)).not.toContain(DRAFT_TITLE)
    }
  })

  it('reads no versions, jobs, preferences or locks', async () => {
    for (const path of ['/demo-reports/versions', '/payload-jobs', '/payload-preferences', '/payload-locked-documents']) {
      const response = await rest('GET', path)
      expect([401, 403]).toContain(response.status)
    }
  })

  it('has no GraphQL endpoint to query instead', async () => {
    const response = await rest('POST', '/graphql', { body: { query: '{ Users { docs { email } } }' } })
    expect(response.status).toBe(404)
  })
})

describe('malformed requests', () => {
  it.each([
    '/articles?where[publishedAt][near]=1,2,3',
    '/articles?where[title][in][0][$gt]=1',
    '/articles?where[title][equals][$ne]=x',
    '/articles?where[title]=banner',
    `/articles?where[or][0]${'[or][0]'.repeat(12)}[title][equals]=x`,
    '/media?where[or][0][alt][$where]=sleep(1000)',
    '/articles?where[heroImage][equals]=x',
    '/articles?where[id][in]=1,x',
    '/articles?where[publishedAt][greater_than]=yesterday',
    '/articles?where[topics][all]=1',
    '/media?where[width][less_than]=1e309',
    '/articles/versions?where[version.heroImage][equals]=x',
    '/articles/versions?where[parent][in]=x,y',
  ])('answers GET /api%s with a 400 that says what is wrong', async (path) => {
    const response = await rest('GET', path, { token: adminToken })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/^This query cannot be answered: .+\.$/)
  })

  it.each([
    '/articles?where[heroImage][exists]=true&where[publishedAt][less_than]=2030-01-01',
    '/articles?where[id][not_in]=1,2&where[topics.name][like]=Topic',
    '/articles/versions?where[parent][equals]=1&where[version.title][like]=banner',
  ])('answers the well-formed GET /api%s', async (path) => {
    const response = await rest('GET', path, { token: adminToken })
    expect(response.status).toBe(200)
  })

  it('answers a body that is not JSON with a 400 saying so, and writes nothing', async () => {
    const before = (await payload.count({ collection: 'articles' })).totalDocs
    for (const rawBody of ['{"title": ', '[1,2', 'title=x']) {
      const response = await rest('POST', '/articles', { token: adminToken, rawBody })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toBe(INVALID_JSON_MESSAGE)
    }
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })
})
