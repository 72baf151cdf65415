import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { ARTICLES_PER_PAGE, findArticleBySlug, findArticlesAboutDemo, findArticlesPage } from '@/lib/queries/articles'
import { findPastDemoReportsPage, findUpcomingDemoReports, isUpcoming } from '@/lib/queries/demoReports'
import { findPagesProxiesMayKeep } from '@/lib/queries/pagesProxiesMayKeep'
import { findSearchResults } from '@/lib/queries/search'
import { parseSearchParams } from '@/lib/search/params'
import { MAX_QUERY_LENGTH, parseSearchQuery } from '@/lib/search/parseQuery'
import { proxyMayKeep } from '@/lib/cache/proxyKeeps'

import { body, createMedia } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'

let payload: Payload
const DAY = 24 * 60 * 60 * 1000
let demoId: number

beforeAll(async () => {
  payload = await getTestPayload()
  for (let i = 1; i <= ARTICLES_PER_PAGE + 2; i++) {
    await payload.create({
      collection: 'articles',
      data: {
        title: `Published story ${i}`,
        body: body(i === 3 ? 'The marchers reached Whitehall at noon.' : 'Ordinary words.'),
        publishedAt: new Date(Date.UTC(2025, 0, i)).toISOString(),
        _status: 'published',
      },
    })
  }
  await payload.create({
    collection: 'articles',
    data: { title: 'Secret plan', body: body('Whitehall is mentioned in a draft.'), _status: 'draft' },
  })
  const edited = await payload.create({
    collection: 'articles',
    data: { title: 'Edited story', body: body('Original wording.'), _status: 'published', publishedAt: '2024-01-01T00:00:00.000Z' },
  })
  await payload.update({
    collection: 'articles',
    id: edited.id,
    draft: true,
    data: { title: 'Edited story', body: body('Unreleased Whitehall revelations.') },
  })
  const demo = await payload.create({
    collection: 'demo-reports',
    data: { title: 'Past march', date: '2024-06-08T12:00:00.000Z', cause: 'Ceasefire in Gaza', _status: 'published' },
  })
  demoId = demo.id
  await payload.create({
    collection: 'demo-reports',
    data: { title: 'Next march', date: new Date(Date.now() + 10 * DAY).toISOString(), _status: 'published' },
  })
  await payload.create({
    collection: 'demo-reports',
    data: { title: 'Draft march', date: new Date(Date.now() + 20 * DAY).toISOString(), _status: 'draft' },
  })
  await payload.create({
    collection: 'articles',
    data: { title: 'About the past march', relatedDemoReports: [demo.id], _status: 'published', publishedAt: '2024-06-09T00:00:00.000Z' },
  })
})

describe('article lists', () => {
  it('show published articles only, newest first, twelve a page', async () => {
    const first = await findArticlesPage(payload, 'en', 1)
    expect(first.docs).toHaveLength(ARTICLES_PER_PAGE)
    expect(first.docs[0].title).toBe(`Published story ${ARTICLES_PER_PAGE + 2}`)
    expect(first.totalPages).toBe(2)
    const all = [...first.docs, ...(await findArticlesPage(payload, 'en', 2)).docs].map((doc) => doc.title)
    expect(all).not.toContain('Secret plan')
    expect(all).toContain('Edited story')
  })

  it('never hand a draft to a visitor by its address', async () => {
    const draft = await payload.find({ collection: 'articles', where: { title: { equals: 'Secret plan' } }, draft: true })
    expect(await findArticleBySlug(payload, 'en', draft.docs[0].slug!)).toBeNull()
    expect((await findArticleBySlug(payload, 'en', draft.docs[0].slug!, { preview: true }))?.title).toBe('Secret plan')
  })

  it('show the published words of an article that has an unpublished edit', async () => {
    const article = await findArticleBySlug(payload, 'en', 'edited-story')
    expect(JSON.stringify(article?.body)).toContain('Original wording')
    expect(JSON.stringify(article?.body)).not.toContain('Unreleased')
  })

  it('find the articles about a demonstration', async () => {
    expect((await findArticlesAboutDemo(payload, 'en', demoId)).map((doc) => doc.title)).toEqual(['About the past march'])
  })
})

describe('demonstration lists', () => {
  it('put upcoming demonstrations apart from past reports, and never drafts', async () => {
    const upcoming = await findUpcomingDemoReports(payload, 'en')
    expect(upcoming.map((doc) => doc.title)).toEqual(['Next march'])
    expect(upcoming.every((doc) => isUpcoming(doc))).toBe(true)
    const past = await findPastDemoReportsPage(payload, 'en', 1)
    expect(past.docs.map((doc) => doc.title)).toEqual(['Past march'])
  })
})

describe('the pages a proxy may keep, purged when a change shows on all of them', () => {
  it('are every published page and public photo, each one an address a purge can name', async () => {
    const [shown, inReview] = [await createMedia(payload, 'Marchers', 'public'), await createMedia(payload, 'Faces', 'review')]
    const pages = await findPagesProxiesMayKeep(payload)
    expect(pages).toEqual(
      expect.arrayContaining(['/', '/news', '/feed.xml', '/news/published-story-1', '/news/edited-story', '/demos/past-march', `/photos/${shown.id}`]),
    )
    expect(pages).not.toContain('/news/secret-plan')
    expect(pages).not.toContain(`/photos/${inReview.id}`)
    expect(pages.filter((page) => !proxyMayKeep(page))).toEqual([])
  })
})

describe('search', () => {
  const titles = async (q: string) => {
    const results = await findSearchResults(payload, 'en', parseSearchParams({ q }).request)
    return results.status === 'searched' ? results.hits.map((hit) => hit.title.map((piece) => piece.text).join('')) : []
  }

  it('finds published articles by a word of their body, and demo reports by their cause', async () => {
    expect(await titles('whitehall')).toEqual(['Published story 3'])
    expect(await titles('ceasefire gaza')).toEqual(['Past march'])
  })

  it('never finds drafts or unpublished edits', async () => {
    const found = await titles('Whitehall')
    expect(found).not.toContain('Secret plan')
    expect(found).not.toContain('Edited story')
    expect(await titles('Draft march')).toEqual([])
  })

  it('treats wildcards and control characters as plain text and caps long queries', async () => {
    expect(parseSearchQuery('%_%\u0000').parts).toEqual([])
    expect(parseSearchQuery('x'.repeat(10_000)).text).toHaveLength(MAX_QUERY_LENGTH)
    expect(parseSearchQuery(['first', 'second']).text).toBe('first')
    expect(await titles('%')).toEqual([])
  })
})
