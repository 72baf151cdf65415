import config from '@payload-config'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { PayloadSDK, PayloadSDKError } from '@payloadcms/sdk'
import { handleEndpoints, type Payload } from 'payload'

import type { Config } from '@/payload-types'

import { createMedia, createUser } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'
import { rest } from '@/tests/helpers/rest'

const OTHER_SITE = 'https://partner.example'
const OWN_ORIGIN = 'http://localhost:3000'

/**
 * Payload's own REST SDK, as another site would use it, with its requests handed to the REST
 * handler that `/api/[...slug]` serves instead of going over the network.
 */
const sdk = new PayloadSDK<Config>({
  baseURL: `${OWN_ORIGIN}/api`,
  fetch: (async (input: RequestInfo | URL, init?: RequestInit) => handleEndpoints({ config, request: new Request(input, init) })) as typeof fetch,
})

let payload: Payload
let adminToken: string
let gaza: number | string
let ukraine: number | string
const published: { id: number | string; slug: string; title: string }[] = []
let draftId: number | string
let photoInReview: number | string

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ token: adminToken } = await createUser(payload, 'admin'))
  gaza = (await payload.create({ collection: 'topics', data: { name: 'Gaza' } })).id
  ukraine = (await payload.create({ collection: 'topics', data: { name: 'Ukraine' } })).id
  const photo = await createMedia(payload, 'The banner at Parliament Square')
  photoInReview = (await createMedia(payload, 'Faces not yet blurred', 'review')).id
  for (const [n, title] of ['Ceasefire now', 'Stop the bombing', 'Aid for Kharkiv', 'Open the crossings'].entries()) {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title,
        standfirst: `Standfirst of ${title}`,
        heroImage: photo.id,
        topics: [title === 'Aid for Kharkiv' ? ukraine : gaza],
        publishedAt: new Date(Date.UTC(2024, 0, 10 + n)).toISOString(),
        _status: 'published',
      },
    })
    published.push({ id: article.id, slug: article.slug!, title })
  }
  draftId = (await payload.create({ collection: 'articles', data: { title: 'Secret plan', topics: [gaza], _status: 'draft' }, draft: true })).id
  await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Solidarity News', tagline: 'From Ukraine to Palestine' } })
})

describe("Payload's REST SDK reads everything another site needs", () => {
  it('finds with where, sort, limit, page, select and depth, and pages on', async () => {
    const query = {
      collection: 'articles',
      where: { topics: { in: [gaza] } },
      sort: '-publishedAt',
      limit: 2,
      select: { title: true, slug: true, heroImage: true, publishedAt: true },
      depth: 1,
    } as const
    const first = await sdk.find({ ...query, page: 1 })
    const second = await sdk.find({ ...query, page: 2 })
    expect([first.totalDocs, first.totalPages, first.hasNextPage, second.hasNextPage]).toEqual([3, 2, true, false])
    expect([...first.docs, ...second.docs].map((doc) => doc.title)).toEqual(['Open the crossings', 'Stop the bombing', 'Ceasefire now'])
    const [doc] = first.docs
    expect(Object.keys(doc).sort()).toEqual(['heroImage', 'id', 'publishedAt', 'slug', 'title'])
    expect(doc.heroImage).toMatchObject({ alt: 'The banner at Parliament Square', url: expect.stringMatching(/\/api\/media\/file\/test\.jpg$/) })
  })

  it('finds one document by id, and by slug', async () => {
    const [article] = published
    const byId = await sdk.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(byId).toMatchObject({ title: article.title, slug: article.slug, topics: [gaza] })
    const bySlug = await sdk.find({ collection: 'articles', where: { slug: { equals: article.slug } }, limit: 1, depth: 0 })
    expect(bySlug.docs.map((doc) => doc.id)).toEqual([article.id])
  })

  it('counts, and reads the site settings', async () => {
    expect(await sdk.count({ collection: 'articles' })).toEqual({ totalDocs: 4 })
    expect(await sdk.count({ collection: 'articles', where: { topics: { in: [ukraine] } } })).toEqual({ totalDocs: 1 })
    expect(await sdk.findGlobal({ slug: 'site-settings' })).toMatchObject({ siteName: 'Solidarity News', tagline: 'From Ukraine to Palestine' })
  })

  it('never shows a draft or a photo in review, whatever is asked', async () => {
    const drafts = await sdk.find({ collection: 'articles', draft: true, where: { title: { like: 'Secret' } } })
    expect(drafts.docs).toEqual([])
    await expect(sdk.findByID({ collection: 'articles', id: draftId, draft: true })).rejects.toMatchObject({ status: 404 })
    await expect(sdk.findByID({ collection: 'media', id: photoInReview })).rejects.toBeInstanceOf(PayloadSDKError)
    expect((await sdk.find({ collection: 'media' })).docs.map((photo) => photo.alt)).toEqual(['The banner at Parliament Square'])
  })

  it('gives every reader the same answer whatever language they ask for, so one kept answer serves all', async () => {
    const plain = await rest('GET', '/articles?limit=2&depth=1')
    const ukrainian = await rest('GET', '/articles?limit=2&depth=1', { headers: { 'Accept-Language': 'uk-UA,uk;q=0.9,ar;q=0.5' } })
    expect(JSON.stringify(ukrainian.body)).toBe(JSON.stringify(plain.body))
  })

  it('reports a refusal with its status and message', async () => {
    const refusal = await sdk.find({ collection: 'users' }).catch((error: PayloadSDKError) => error)
    expect(refusal).toBeInstanceOf(PayloadSDKError)
    expect(refusal).toMatchObject({ status: 403, message: 'You are not allowed to perform this action.' })
  })
})

describe('other sites’ browsers', () => {
  it('may read the public API: any origin, never with credentials', async () => {
    const response = await rest('GET', '/articles?limit=1', { headers: { Origin: OTHER_SITE } })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('get a preflight that allows a GET from anywhere, without credentials', async () => {
    const response = await rest('OPTIONS', '/articles', {
      headers: { Origin: OTHER_SITE, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'content-type' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-methods')).toContain('GET')
    expect(response.headers.get('access-control-allow-headers')).toMatch(/content-type/i)
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('are read as visitors even with an organiser’s session cookie, which still works on the site’s own origin', async () => {
    const cookie = `payload-token=${adminToken}`
    const crossSite = await rest('GET', '/articles?draft=true&where[title][like]=Secret', { headers: { Origin: OTHER_SITE, Cookie: cookie } })
    expect(crossSite.body.docs).toEqual([])
    const ownSite = await rest('GET', '/articles?draft=true&where[title][like]=Secret', { headers: { Origin: OWN_ORIGIN, Cookie: cookie } })
    expect(ownSite.body.docs.map((doc: { id: number | string }) => doc.id)).toEqual([draftId])
  })
})
