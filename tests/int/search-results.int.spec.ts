import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { LanguageCode } from '@/i18n/languages'
import { findSearchOptions, SEARCH_RESULTS_PER_PAGE } from '@/lib/queries/search'
import { localizedPath } from '@/lib/urls/localizedPath'

import { body } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'
import { createPhoto, foundHrefs, search, textOf } from '@/tests/helpers/search'

let payload: Payload
/** Each test document's address, by a short name the table below uses. */
const href: Record<string, string> = {}

const article = async (name: string, data: { title: string; text: string; publishedAt: string; topics?: number[]; slug?: string }) => {
  const doc = await payload.create({
    collection: 'articles',
    data: { title: data.title, slug: data.slug, body: body(data.text), publishedAt: data.publishedAt, topics: data.topics, _status: 'published' },
  })
  href[name] = `/news/${doc.slug}`
  return doc
}

beforeAll(async () => {
  payload = await getTestPayload()
  const topic = async (name: string, description: string) => {
    const doc = await payload.create({ collection: 'topics', data: { name, description } })
    href[`topic-${doc.slug}`] = `/topics/${doc.slug}`
    return doc.id
  }
  const ukraine = await topic('Ukraine', 'Solidarity with Ukrainians resisting the invasion.')
  const palestine = await topic('Palestine', 'Solidarity with Palestinians living under occupation.')

  await article('occupation-title', { title: 'Occupation of Crimea, ten years on', text: 'Ten years of resistance on the peninsula.', publishedAt: '2024-02-26T00:00:00.000Z', topics: [ukraine] })
  await article('occupation-many', {
    title: 'A long day in the archive',
    text: 'The occupation, the occupation, the occupation and again the occupation of the land, occupation.',
    publishedAt: '2023-05-01T00:00:00.000Z',
    topics: [palestine],
  })
  await article('occupation-once', { title: 'Notes from the archive', text: 'The occupation was mentioned once among many other words written here today, in passing.', publishedAt: '2023-06-01T00:00:00.000Z' })
  await article('now-ceasefire', { title: 'Why now', text: 'Now ceasefire talks have stalled; ceasefire, and now.', publishedAt: '2023-12-01T00:00:00.000Z' })
  await article('warsaw', { title: 'Warsaw vigil', text: 'Candles in Warsaw for the victims.', publishedAt: '2022-03-01T00:00:00.000Z' })
  await article('ukrainian', {
    title: 'Окупація Криму триває',
    slug: 'okupatsiia-krymu',
    text: 'Ми вимагаємо звільнення політв’язнів. Старий за́мок стоїть над морем.',
    publishedAt: '2024-03-18T00:00:00.000Z',
    topics: [ukraine],
  })
  await article('arabic', { title: 'التَّضَامُنُ مَعَ أَهْلِ غَزَّةَ', slug: 'tadamun-gaza', text: 'زرنا المستشفى في غـــزة مع الأطباء.', publishedAt: '2024-01-10T00:00:00.000Z', topics: [palestine] })
  await article('cafe', { title: 'Café de la Résistance', text: 'A fundraiser in Zürich.', publishedAt: '2022-09-01T00:00:00.000Z' })

  const march = await payload.create({
    collection: 'demo-reports',
    data: { title: 'Ceasefire now march', date: '2023-11-11T12:00:00.000Z', cause: 'Ceasefire in Gaza', place: { city: 'London' }, topics: [palestine], _status: 'published' },
  })
  href['ceasefire-march'] = `/demos/${march.slug}`
  const photo = await createPhoto(payload, {
    alt: 'Marchers with our banner at Parliament Square',
    caption: 'Ceasefire placards in the rain.',
    visibility: 'public',
    takenAt: '2023-11-11T13:00:00.000Z',
    topics: [palestine],
  })
  href['photo'] = `/photos/${photo.id}`

  // Never to be found: a draft, words of an unpublished edit, a photo in review.
  await payload.create({ collection: 'articles', data: { title: 'Secret draft xylophone', body: body('Unreleased.'), _status: 'draft' } })
  const edited = await article('harbour', { title: 'Harbour report', text: 'The harbour is open.', publishedAt: '2021-01-01T00:00:00.000Z' })
  await payload.update({ collection: 'articles', id: edited.id, draft: true, data: { title: 'Harbour report quokka', body: body('The harbour is closed, quokka.') } })
  await createPhoto(payload, { alt: 'Faces of marchers', caption: 'Unchecked faces, wombat.', visibility: 'review' })

  // Translations: one article in English and Ukrainian, one in English only, one whose Ukrainian
  // translation is saved as a draft only, a topic named in Ukrainian and a photo described in it.
  const strike = await article('strike', {
    title: 'Strike at the Azovstal shipyard',
    text: 'Welders walked out on Monday.',
    publishedAt: '2024-04-01T00:00:00.000Z',
    topics: [ukraine],
  })
  await payload.update({
    collection: 'articles',
    id: strike.id,
    locale: 'uk',
    data: { title: 'Страйк на верфі', body: body('Зварники Azovstal вийшли у понеділок.'), _status: 'published' },
  })
  await article('azovstal-defenders', { title: 'Azovstal defenders remembered', text: 'A vigil in Kyiv.', publishedAt: '2023-05-20T00:00:00.000Z' })
  const lighthouse = await article('lighthouse', { title: 'Lighthouse keepers', text: 'The keepers join the union.', publishedAt: '2022-06-01T00:00:00.000Z' })
  await payload.update({ collection: 'articles', id: lighthouse.id, locale: 'uk', draft: true, data: { title: 'Доглядачі маяка', body: body('Доглядачі вступають до профспілки.') } })
  await payload.update({ collection: 'topics', id: ukraine, locale: 'uk', data: { name: 'Україна', description: 'Солідарність з українцями, що опираються вторгненню.' } })
  await payload.update({ collection: 'media', id: photo.id, locale: 'uk', data: { alt: 'Учасники маршу з нашим банером', caption: 'Плакати під дощем.' } })
})

/**
 * The one table of queries and the results they must find, in the same order on SQLite and on
 * MongoDB (the GitHub workflow runs this file with MONGODB_URL). Each group is a rank: results in
 * an earlier group come first; within a group, either database may order them its own way. A search
 * is in English unless the case names its `lang`; a result is a document's name, followed by the
 * language its text is shown in when that is not English (`strike:uk`).
 */
const CASES: { name: string; lang?: LanguageCode; params: Record<string, string>; hits: string[][] }[] = [
  { name: 'title matches first, then by relevance', params: { q: 'occupation' }, hits: [['occupation-title'], ['occupation-many'], ['occupation-once', 'topic-palestine']] },
  { name: 'a quoted phrase as consecutive words', params: { q: '"ceasefire now"' }, hits: [['ceasefire-march']] },
  { name: 'unquoted words anywhere in a result', params: { q: 'ceasefire now' }, hits: [['ceasefire-march'], ['now-ceasefire']] },
  { name: 'words spread over the title and the text', params: { q: 'ceasefire gaza' }, hits: [['ceasefire-march']] },
  { name: 'whole words only', params: { q: 'war' }, hits: [] },
  { name: 'a word as written', params: { q: 'WARSAW' }, hits: [['warsaw']] },
  { name: 'Latin words without their accents', params: { q: 'cafe resistance' }, hits: [['cafe']] },
  { name: 'Latin words with accents where the text has none', params: { q: 'zürich' }, hits: [['cafe']] },
  { name: 'Ukrainian, in capitals', params: { q: 'ОКУПАЦІЯ' }, hits: [['ukrainian']] },
  { name: 'a Ukrainian word written with a stress accent', params: { q: 'замок' }, hits: [['ukrainian']] },
  { name: 'an Arabic title with diacritics, by a query without them', params: { q: 'التضامن مع اهل غزه' }, hits: [['arabic']] },
  { name: 'an Arabic word written with tatweel, by its plain spelling', params: { q: 'غزة', type: 'article' }, hits: [['arabic']] },
  { name: 'an Arabic noun written with the article, by the bare noun', params: { q: 'مستشفى', type: 'article' }, hits: [['arabic']] },
  { name: 'an Arabic noun, by a query with the article and a particle', params: { q: 'والتضامن' }, hits: [['arabic']] },
  { name: 'topics, by their description', params: { q: 'solidarity' }, hits: [['topic-ukraine', 'topic-palestine']] },
  { name: 'public photos, by their description', params: { q: 'banner parliament' }, hits: [['photo']] },
  { name: 'photos only', params: { q: 'ceasefire', type: 'photo' }, hits: [['photo']] },
  { name: 'demonstrations only', params: { q: 'ceasefire', type: 'demo-report' }, hits: [['ceasefire-march']] },
  { name: 'one topic', params: { q: 'occupation', topic: 'ukraine' }, hits: [['occupation-title']] },
  { name: 'one topic, the topic itself included', params: { q: 'occupation', topic: 'palestine' }, hits: [['occupation-many'], ['topic-palestine']] },
  { name: 'one year', params: { q: 'occupation', year: '2023' }, hits: [['occupation-many'], ['occupation-once']] },
  { name: 'never a draft', params: { q: 'xylophone' }, hits: [] },
  { name: 'never the words of an unpublished edit', params: { q: 'quokka' }, hits: [] },
  { name: 'the published words of a document with an unpublished edit', params: { q: 'harbour' }, hits: [['harbour']] },
  { name: 'never a photo in review', params: { q: 'wombat' }, hits: [] },
  { name: 'a Ukrainian query finds the Ukrainian translation', lang: 'uk', params: { q: 'страйк верфі' }, hits: [['strike:uk']] },
  { name: 'a Ukrainian query finds the Ukrainian translation from the English search too', params: { q: 'страйк' }, hits: [['strike:uk']] },
  { name: 'an English query in Ukrainian finds the English text, on its Ukrainian page', lang: 'uk', params: { q: 'welders' }, hits: [['strike']] },
  {
    name: 'a document matching in both languages, once, in Ukrainian, before a title match in English',
    lang: 'uk',
    params: { q: 'azovstal' },
    hits: [['strike:uk'], ['azovstal-defenders']],
  },
  { name: 'the same document once, in English, on the English search', params: { q: 'azovstal' }, hits: [['strike', 'azovstal-defenders']] },
  { name: 'in Arabic, documents not translated into it by their English text before any other', lang: 'ar', params: { q: 'azovstal' }, hits: [['strike', 'azovstal-defenders']] },
  { name: 'filters, in every language', lang: 'uk', params: { q: 'azovstal', year: '2024', type: 'article', topic: 'ukraine' }, hits: [['strike:uk']] },
  { name: 'a topic by its Ukrainian name and description', lang: 'uk', params: { q: 'україна солідарність' }, hits: [['topic-ukraine:uk']] },
  { name: 'an English query in Ukrainian finds translated topics by their English words', lang: 'uk', params: { q: 'solidarity' }, hits: [['topic-ukraine', 'topic-palestine']] },
  { name: 'a public photo by its Ukrainian description', lang: 'uk', params: { q: 'банером' }, hits: [['photo:uk']] },
  { name: 'never a translation saved as a draft only', lang: 'uk', params: { q: 'маяка' }, hits: [] },
  { name: 'the published language of a document whose translation is a draft', lang: 'uk', params: { q: 'lighthouse' }, hits: [['lighthouse']] },
]

describe('one set of queries and expected results, on whichever database runs the suite', () => {
  it.each(CASES)('$name: $params', async ({ lang = 'en', params, hits }) => {
    const results = await search(payload, params, lang)
    if (results.status !== 'searched') throw new Error(results.status)
    const found = results.hits.map((hit) => `${hit.url} ${hit.lang}`)
    expect(found).toHaveLength(hits.flat().length)
    expect(results.total).toBe(hits.flat().length)
    const expected = (result: string) => {
      const [name, textLanguage = 'en'] = result.split(':')
      return `${localizedPath(lang, href[name])} ${textLanguage}`
    }
    let start = 0
    for (const group of hits) {
      expect(new Set(found.slice(start, start + group.length))).toEqual(new Set(group.map(expected)))
      start += group.length
    }
  })
})

describe('the search form', () => {
  it('offers the topics by their names in the visitor’s language, English where they are not translated, in its alphabetical order', async () => {
    expect((await findSearchOptions(payload, 'en')).topics).toEqual([
      { value: 'palestine', text: 'Palestine' },
      { value: 'ukraine', text: 'Ukraine' },
    ])
    expect((await findSearchOptions(payload, 'uk')).topics).toEqual([
      { value: 'ukraine', text: 'Україна' },
      { value: 'palestine', text: 'Palestine' },
    ])
  })
})

describe('each result', () => {
  it('shows its kind, its date, and its title and a snippet with the matched words marked', async () => {
    const results = await search(payload, 'occupation')
    if (results.status !== 'searched') throw new Error(results.status)
    const [first, , third] = results.hits
    expect(first).toMatchObject({ kind: 'article', lang: 'en', date: '2024-02-26T00:00:00.000Z' })
    expect(first.title.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['Occupation'])
    const once = results.hits.find((hit) => hit.url === href['occupation-once'])!
    expect(once.snippet.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['occupation'])
    expect(textOf(once.snippet)).toContain('The occupation was mentioned once')
    expect(third.snippet.length).toBeGreaterThan(0)
  })

  it('marks a phrase as one stretch, and Arabic words as written, with their diacritics', async () => {
    const phrase = await search(payload, '"ceasefire now"')
    if (phrase.status !== 'searched') throw new Error(phrase.status)
    expect(phrase.hits[0].title.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['Ceasefire now'])
    const arabic = await search(payload, 'اهل غزه')
    if (arabic.status !== 'searched') throw new Error(arabic.status)
    expect(arabic.hits[0].title.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['أَهْلِ غَزَّةَ'])
  })
})

describe('pages of results', () => {
  beforeAll(async () => {
    for (let i = 1; i <= SEARCH_RESULTS_PER_PAGE + 3; i++) {
      await payload.create({
        collection: 'articles',
        data: { title: `Tuba practice ${i}`, body: body('Bring your tuba.'), publishedAt: new Date(Date.UTC(2020, 0, i)).toISOString(), _status: 'published' },
      })
    }
  })

  it('come twenty at a time, newest first among equals, each result on one page only', async () => {
    const first = await search(payload, { q: 'tuba' })
    const second = await search(payload, { q: 'tuba', page: '2' })
    if (first.status !== 'searched' || second.status !== 'searched') throw new Error('not searched')
    expect(first).toMatchObject({ total: 23, page: 1, totalPages: 2 })
    expect(first.hits).toHaveLength(SEARCH_RESULTS_PER_PAGE)
    expect(textOf(first.hits[0].title)).toBe('Tuba practice 23')
    expect(second.hits.map((hit) => textOf(hit.title))).toEqual(['Tuba practice 3', 'Tuba practice 2', 'Tuba practice 1'])
  })

  it('past the last page, say how many there are instead of failing', async () => {
    expect(await search(payload, { q: 'tuba', page: '9' })).toMatchObject({ status: 'searched', hits: [], total: 23, totalPages: 2 })
  })
})

describe('queries that cannot be searched, and filters that are not ours', () => {
  it('answer an empty query, a lone letter and words without letters with a reason, not results', async () => {
    expect((await search(payload, '')).status).toBe('no-query')
    expect((await search(payload, '   ')).status).toBe('no-query')
    expect((await search(payload, '%_*')).status).toBe('no-query')
    expect((await search(payload, 'a')).status).toBe('too-short')
  })

  it('search the start of a 1,000-character query, and syntax of the databases is plain text', async () => {
    expect((await search(payload, `occupation ${'x'.repeat(1000)}`)).status).toBe('searched')
    for (const hostile of ['NEAR(a b)', 'title:occupation', 'occupation*', '-occupation', '"unclosed', "'); DROP TABLE search_terms; --", '{$ne: 1}']) {
      await expect(search(payload, hostile)).resolves.toMatchObject({ status: 'searched' })
    }
    expect(await foundHrefs(payload, 'occupation*')).toContain(href['occupation-title'])
  })

  it('leave out an unknown topic, and still search', async () => {
    const results = await search(payload, { q: 'warsaw', topic: 'no-such-topic' })
    expect(results).toMatchObject({ status: 'searched', total: 1 })
  })
})
