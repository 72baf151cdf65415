import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { findArticleBySlug, findArticlesPage } from '@/lib/queries/articles'
import { findDemoReportBySlug } from '@/lib/queries/demoReports'
import { findFeedItems } from '@/lib/queries/outputs'
import { findSitemapPart } from '@/lib/queries/sitemap'
import { findSiteSettings } from '@/lib/queries/siteSettings'
import { findTopicBySlug } from '@/lib/queries/topics'
import type { Article } from '@/payload-types'

import { body, createUser } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'

let payload: Payload
let leaflet: Article
let translated: Article

const ENGLISH_TITLE = 'Why we carry this banner'
const ARABIC_TITLE = 'لماذا نحمل هذه اللافتة'

beforeAll(async () => {
  payload = await getTestPayload()
  leaflet = await payload.create({
    collection: 'articles',
    data: { title: ENGLISH_TITLE, standfirst: 'One banner against two occupations.', body: body('From Ukraine to Palestine.'), _status: 'published' },
  })
  translated = await payload.create({
    collection: 'articles',
    data: { title: 'Ceasefire now', body: body('We marched for a ceasefire.'), _status: 'published' },
  })
  await payload.update({
    collection: 'articles',
    id: translated.id,
    locale: 'uk',
    data: { title: 'Припинення вогню зараз', body: body('Ми йшли за припинення вогню.'), _status: 'published' },
  })
})

describe('a document not yet translated', () => {
  it('reads in English on the Ukrainian and Arabic pages, says so, and lists English as its only language', async () => {
    for (const lang of ['uk', 'ar'] as const) {
      const article = await findArticleBySlug(payload, lang, leaflet.slug!)
      expect(article).toMatchObject({ title: ENGLISH_TITLE, standfirst: 'One banner against two occupations.', lang: 'en', languages: ['en'] })
    }
    expect(await findArticleBySlug(payload, 'en', leaflet.slug!)).toMatchObject({ lang: 'en', languages: ['en'] })
  })

  it('is listed on the Ukrainian news page in English, beside the translated ones', async () => {
    const { docs } = await findArticlesPage(payload, 'uk', 1)
    expect(docs.map((doc) => doc.title)).toEqual(expect.arrayContaining([ENGLISH_TITLE, 'Припинення вогню зараз']))
  })
})

describe('a translation', () => {
  it('shows in its own language, and the document names both languages', async () => {
    expect(await findArticleBySlug(payload, 'uk', translated.slug!)).toMatchObject({ title: 'Припинення вогню зараз', lang: 'uk', languages: ['en', 'uk'] })
    expect(await findArticleBySlug(payload, 'en', translated.slug!)).toMatchObject({ title: 'Ceasefire now', lang: 'en', languages: ['en', 'uk'] })
  })

  it('keeps the one slug it had in English', async () => {
    const again = await payload.findByID({ collection: 'articles', id: translated.id, locale: 'uk' })
    expect(again.slug).toBe(translated.slug)
  })

  it('saved as a draft only, is not public in any way: page, language list, feed or sitemap', async () => {
    await payload.update({ collection: 'articles', id: leaflet.id, locale: 'ar', draft: true, data: { title: ARABIC_TITLE } })
    const article = await findArticleBySlug(payload, 'ar', leaflet.slug!)
    expect(article).toMatchObject({ title: ENGLISH_TITLE, lang: 'en', languages: ['en'] })
    expect((await findFeedItems(payload, 'ar')).map((item) => item.title)).not.toContain(ARABIC_TITLE)
    const sitemap = JSON.stringify(await findSitemapPart(payload, 'articles-1.xml'))
    expect(sitemap).not.toContain(`/ar/news/${leaflet.slug}`)
    // The editor's preview sees the draft translation.
    expect(await findArticleBySlug(payload, 'ar', leaflet.slug!, { preview: true })).toMatchObject({ title: ARABIC_TITLE, lang: 'ar' })
  })

  it('is published one language at a time: publishing Arabic leaves an English draft edit unpublished', async () => {
    await payload.update({ collection: 'articles', id: leaflet.id, locale: 'en', draft: true, data: { title: 'Unreleased English wording' } })
    await payload.update({
      collection: 'articles',
      id: leaflet.id,
      locale: 'ar',
      publishSpecificLocale: 'ar',
      data: { title: ARABIC_TITLE, _status: 'published' },
    })
    expect(await findArticleBySlug(payload, 'ar', leaflet.slug!)).toMatchObject({ title: ARABIC_TITLE, lang: 'ar', languages: ['en', 'ar'] })
    expect(await findArticleBySlug(payload, 'en', leaflet.slug!)).toMatchObject({ title: ENGLISH_TITLE, lang: 'en' })
  })
})

describe('outputs per language', () => {
  it('each language’s feed holds only what is written in it, linked in that language', async () => {
    const english = await findFeedItems(payload, 'en')
    const ukrainian = await findFeedItems(payload, 'uk')
    expect(english.map((item) => item.title)).toEqual(expect.arrayContaining([ENGLISH_TITLE, 'Ceasefire now']))
    expect(ukrainian.map((item) => item.title)).toEqual(['Припинення вогню зараз'])
    expect(ukrainian[0].url).toMatch(new RegExp(`/uk/news/${translated.slug}$`))
  })

  it('the sitemap lists every language of a document, each naming the others and x-default', async () => {
    const entries = (await findSitemapPart(payload, 'articles-1.xml')) ?? []
    const urls = entries.map((entry) => entry.url)
    expect(urls).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`/news/${translated.slug}$`)), expect.stringMatching(new RegExp(`/uk/news/${translated.slug}$`))]))
    expect(urls.some((url) => url.endsWith(`/ar/news/${translated.slug}`))).toBe(false)
    const ukrainian = entries.find((entry) => entry.url.endsWith(`/uk/news/${translated.slug}`))!
    expect(ukrainian.alternates.map((alternate) => alternate.hreflang).sort()).toEqual(['en', 'uk', 'x-default'])
  })
})

describe('other localized content', () => {
  it('topics, demo reports and site settings fall back to English until translated', async () => {
    const topic = await payload.create({ collection: 'topics', data: { name: 'Occupation' } })
    await payload.update({ collection: 'topics', id: topic.id, locale: 'ar', data: { name: 'الاحتلال' } })
    expect(await findTopicBySlug(payload, 'ar', topic.slug!)).toMatchObject({ name: 'الاحتلال', lang: 'ar' })
    expect(await findTopicBySlug(payload, 'uk', topic.slug!)).toMatchObject({ name: 'Occupation', lang: 'en' })

    const report = await payload.create({
      collection: 'demo-reports',
      data: { title: 'London march for a ceasefire', date: '2024-06-08T12:00:00.000Z', cause: 'Ceasefire in Gaza', _status: 'published' },
    })
    expect(await findDemoReportBySlug(payload, 'ar', report.slug!)).toMatchObject({ title: 'London march for a ceasefire', cause: 'Ceasefire in Gaza', lang: 'en' })

    await payload.updateGlobal({ slug: 'site-settings', locale: 'uk', data: { tagline: 'Від України до Палестини, окупація — це злочин' } })
    expect((await findSiteSettings(payload, 'uk')).tagline).toBe('Від України до Палестини, окупація — це злочин')
    expect((await findSiteSettings(payload, 'ar')).tagline).toBe((await findSiteSettings(payload, 'en')).tagline)
  })
})

describe("the admin's list of what still needs translating", () => {
  /** What the admin's list reads: the latest version, drafts included, as an editor. */
  const untranslatedIn = async (language: string) => {
    const { docs } = await payload.find({ collection: 'articles', draft: true, depth: 0, pagination: false, where: { untranslated: { contains: language } } })
    return docs.map((doc) => doc.title)
  }

  it('names the languages a new document has no title in', async () => {
    const article = await payload.create({ collection: 'articles', data: { title: 'Solidarity across borders', body: body('Both occupations.') } })
    expect(article.untranslated).toEqual(['uk', 'ar'])
    const topic = await payload.create({ collection: 'topics', data: { name: 'Sanctions' } })
    expect(topic.untranslated).toEqual(['uk', 'ar'])
  })

  it('drops a language when a translation is saved, even as a draft, and takes it back when the title is cleared', async () => {
    const article = await payload.create({ collection: 'articles', data: { title: 'A ceasefire is not a peace', _status: 'published' } })
    expect(await untranslatedIn('uk')).toContain('A ceasefire is not a peace')

    await payload.update({ collection: 'articles', id: article.id, locale: 'uk', draft: true, data: { title: 'Перемир’я — це ще не мир' } })
    const ukrainian = await untranslatedIn('uk')
    expect(ukrainian).not.toContain('A ceasefire is not a peace')
    expect(ukrainian).not.toContain('Перемир’я — це ще не мир')
    expect(await untranslatedIn('ar')).toContain('A ceasefire is not a peace')

    await payload.update({ collection: 'articles', id: article.id, locale: 'uk', draft: true, data: { title: '' } })
    expect(await untranslatedIn('uk')).toContain('A ceasefire is not a peace')
  })

  it('follows translations saved for a topic, which keeps no drafts', async () => {
    const topic = await payload.create({ collection: 'topics', data: { name: 'Refugees' } })
    const translatedTopic = await payload.update({ collection: 'topics', id: topic.id, locale: 'ar', data: { name: 'اللاجئون' } })
    expect(translatedTopic.untranslated).toEqual(['uk'])
    const again = await payload.update({ collection: 'topics', id: topic.id, locale: 'en', data: { description: 'People forced from their homes.' } })
    expect(again.untranslated).toEqual(['uk'])
  })

  it('is worked out, never taken from what is sent', async () => {
    const article = await payload.create({ collection: 'articles', data: { title: 'Sent with a claim', untranslated: [] } })
    expect(article.untranslated).toEqual(['uk', 'ar'])
    const updated = await payload.update({ collection: 'articles', id: article.id, data: { untranslated: ['en'] } })
    expect(updated.untranslated).toEqual(['uk', 'ar'])
  })

  it('is read by editors only', async () => {
    const { user } = await createUser(payload, 'editor', 'translator@example.org')
    const asEditor = await payload.findByID({ collection: 'articles', id: translated.id, overrideAccess: false, user: { ...user, collection: 'users' }, depth: 0 })
    expect(asEditor.untranslated).toEqual(['ar'])
    const asVisitor = await payload.findByID({ collection: 'articles', id: translated.id, overrideAccess: false, depth: 0 })
    expect(asVisitor).not.toHaveProperty('untranslated')
  })
})
