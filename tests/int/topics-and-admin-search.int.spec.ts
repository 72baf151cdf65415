import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload, Where } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'
import { stringify } from 'qs-esm'

import { findTopicsWithCounts } from '@/lib/queries/topics'

import { createMedia, createUser, PASSWORD } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'
import { login, rest } from '@/tests/helpers/rest'

let payload: Payload
let editorToken: string

beforeAll(async () => {
  payload = await getTestPayload()
  await createUser(payload, 'editor')
  editorToken = await login('editor@example.org', PASSWORD)
})

describe('the index of topics', () => {
  it('lists every topic by name with its published articles and demo reports, drafts never counted', async () => {
    const gaza = await payload.create({ collection: 'topics', data: { name: 'Gaza' } })
    const climate = await payload.create({ collection: 'topics', data: { name: 'Climate' } })
    await payload.create({ collection: 'topics', data: { name: 'Asylum' } })
    for (const title of ['Ceasefire now', 'Aid convoys']) {
      await payload.create({ collection: 'articles', data: { title, topics: [gaza.id, climate.id], _status: 'published' } })
    }
    await payload.create({ collection: 'articles', data: { title: 'Unfinished', topics: [gaza.id], _status: 'draft' }, draft: true })
    await payload.create({
      collection: 'demo-reports',
      data: { title: 'March for Gaza', date: '2025-02-15T09:00:00.000Z', topics: [gaza.id], _status: 'published' },
    })
    await payload.create({
      collection: 'demo-reports',
      data: { title: 'Planned march', date: '2025-05-01T09:00:00.000Z', topics: [gaza.id, climate.id], _status: 'draft' },
      draft: true,
    })

    const topics = await findTopicsWithCounts(payload, 'en')
    expect(topics.map(({ name, articles, demoReports }) => [name, articles, demoReports])).toEqual([
      ['Asylum', 0, 0],
      ['Climate', 2, 0],
      ['Gaza', 2, 1],
    ])
    expect(topics.find((topic) => topic.name === 'Gaza')?.slug).toBe('gaza')
  })

  it('names each topic in the visitor’s language, falling back to English, with the same counts', async () => {
    const asylum = (await payload.find({ collection: 'topics', where: { slug: { equals: 'asylum' } } })).docs[0]
    await payload.update({ collection: 'topics', id: asylum.id, locale: 'uk', data: { name: 'Притулок' } })
    const ukrainian = await findTopicsWithCounts(payload, 'uk')
    expect(ukrainian.map(({ name, articles }) => [name, articles])).toEqual(
      expect.arrayContaining([
        ['Притулок', 0],
        ['Gaza', 2],
      ]),
    )
  })
})

/** What the admin's list view asks for when an editor types in its search box, sent through the REST API. */
async function adminListSearch(collection: 'articles' | 'demo-reports' | 'meetings' | 'media' | 'topics' | 'users', search: string, locale = 'en') {
  const config = payload.collections[collection].config
  const where: Where = mergeListSearchAndWhere({ collectionConfig: config, search })
  const response = await rest('GET', `/${collection}?${stringify({ where, locale, depth: 0, draft: true })}`, { token: editorToken })
  expect(response.status).toBe(200)
  return response.body.docs as Record<string, unknown>[]
}

describe('the admin list search', () => {
  it('finds an article by its standfirst and its slug, in the language being edited', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Why we march', standfirst: 'Solidarity with the dockworkers of Genoa', _status: 'draft' },
      draft: true,
    })
    await payload.update({ collection: 'articles', id: article.id, locale: 'uk', draft: true, data: { standfirst: 'Солідарність із докерами Генуї' } })
    expect((await adminListSearch('articles', 'dockworkers')).map((doc) => doc.id)).toEqual([article.id])
    expect((await adminListSearch('articles', 'докерами', 'uk')).map((doc) => doc.id)).toEqual([article.id])
    expect((await adminListSearch('articles', 'why-we-ma')).map((doc) => doc.id)).toEqual([article.id])
    expect(await adminListSearch('articles', 'nothing like this')).toEqual([])
  })

  it('finds a demo report by its place', async () => {
    const report = await payload.create({
      collection: 'demo-reports',
      data: { title: 'Harbour rally', date: '2025-03-01T09:00:00.000Z', place: { venue: 'Albert Dock', city: 'Liverpool' }, _status: 'published' },
    })
    expect((await adminListSearch('demo-reports', 'albert dock')).map((doc) => doc.id)).toEqual([report.id])
    expect((await adminListSearch('demo-reports', 'Liverpool')).map((doc) => doc.id)).toEqual([report.id])
  })

  it('finds a meeting by its place', async () => {
    const meeting = await payload.create({
      collection: 'meetings',
      data: { title: 'Monthly discussion', startsAt: '2031-03-01T18:00:00.000Z', endsAt: '2031-03-01T20:00:00.000Z', place: 'Conway Hall, Red Lion Square', _status: 'published' },
    })
    expect((await adminListSearch('meetings', 'conway hall')).map((doc) => doc.id)).toEqual([meeting.id])
  })

  it('finds a photo by its caption or its credit, and a topic by its name', async () => {
    const photo = await createMedia(payload, 'A banner on a bridge')
    await payload.update({ collection: 'media', id: photo.id, data: { caption: 'Crossing Westminster Bridge', credit: 'Maryam Haddad' } })
    await payload.update({ collection: 'media', id: photo.id, locale: 'ar', data: { alt: 'لافتة على جسر', caption: 'عبور جسر وستمنستر' } })
    expect((await adminListSearch('media', 'westminster')).map((doc) => doc.id)).toEqual([photo.id])
    expect((await adminListSearch('media', 'Haddad')).map((doc) => doc.id)).toEqual([photo.id])
    expect((await adminListSearch('media', 'جسر', 'ar')).map((doc) => doc.id)).toEqual([photo.id])
    expect((await adminListSearch('topics', 'clim')).map((doc) => doc.name)).toEqual(['Climate'])
  })

  it('finds a user by email', async () => {
    expect((await adminListSearch('users', 'editor@exa')).map((doc) => doc.email)).toEqual(['editor@example.org'])
  })
})
