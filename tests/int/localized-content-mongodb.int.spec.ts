import { beforeAll, describe, expect, it } from '@jest/globals'
import { ObjectId } from 'mongodb'
import type { Payload } from 'payload'

import { up } from '@/migrations/mongodb/20261205_162036_localized_content'
import { migrations as mongodbMigrations } from '@/migrations/mongodb'
import { getTestPayload } from '@/tests/helpers/payload'

/**
 * MongoDB counterpart of upgrade-from-release.int.spec.ts: documents written before content was
 * localized hold bare values (`title: '…'`), and the committed migrations turn each into the
 * English version and list the languages still to translate it into. Runs only where MONGODB_URL is set (GitHub Actions).
 */
const describeOnMongoDB = process.env.MONGODB_URL ? describe : describe.skip

const body = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

/** What the release of 2026-12-05 stored: every text a bare value. */
const OLD = {
  article: { title: 'Why we carry this banner', standfirst: 'A year and a half of marches.', body: body('The leaflet, in full.') },
  draft: { title: 'Why we carry this banner (draft)', standfirst: 'An unpublished edit.' },
  topic: { name: 'Ukraine', description: 'News from Ukraine.' },
  photo: { alt: 'The banner at Whitehall', caption: 'Our banner, drawn for this site.' },
  settings: { tagline: 'From Ukraine to Palestine, Occupation is a crime', about: 'We are a group…', footerText: 'Solidarity without borders.' },
  navigationLabel: 'News',
}

let payload: Payload
const ids = { article: new ObjectId(), topic: new ObjectId(), photo: new ObjectId() }

describeOnMongoDB('the localized-content migration on MongoDB', () => {
  beforeAll(async () => {
    payload = await getTestPayload()
    const now = new Date()
    const stamps = { createdAt: now, updatedAt: now }
    // The draft was saved after publishing: Payload reads the newest version as the draft.
    const edited = { createdAt: now, updatedAt: new Date(now.getTime() + 1000) }
    await payload.db.collections.topics.collection.insertOne({ _id: ids.topic, ...OLD.topic, slug: 'ukraine', ...stamps })
    await payload.db.collections.media.collection.insertOne({
      _id: ids.photo,
      ...OLD.photo,
      filename: 'banner.jpg',
      mimeType: 'image/jpeg',
      licence: 'cc-by-4.0',
      visibility: 'public',
      ...stamps,
    })
    const article = { ...OLD.article, slug: 'why-we-carry-this-banner', publishedAt: now, meta: { title: OLD.article.title, image: ids.photo } }
    await payload.db.collections.articles.collection.insertOne({ _id: ids.article, ...article, _status: 'published', ...stamps })
    await payload.db.versions.articles.collection.insertMany([
      { parent: ids.article, version: { ...article, _status: 'published', ...stamps }, latest: false, autosave: false, ...stamps },
      { parent: ids.article, version: { ...article, ...OLD.draft, _status: 'draft', ...edited }, latest: true, autosave: false, ...edited },
    ])
    await payload.db.globals.collection.updateOne(
      { globalType: 'site-settings' },
      { $set: { ...OLD.settings, siteName: 'Ukraine Information Group', navigation: [{ id: 'nav-news', label: OLD.navigationLabel, url: '/news' }], ...stamps } },
      { upsert: true },
    )

    await payload.db.migrate({ migrations: mongodbMigrations as never })
  })

  it('is recorded as applied', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', pagination: false })
    expect(docs.map((doc) => doc.name)).toEqual(mongodbMigrations.map((migration) => migration.name))
  })

  it('keeps every text as its English version', async () => {
    const article = await payload.findByID({ collection: 'articles', id: ids.article.toHexString(), locale: 'en', depth: 0 })
    expect({ title: article.title, standfirst: article.standfirst, body: article.body }).toEqual(OLD.article)
    expect(article.meta?.title).toBe(OLD.article.title)
    expect(article.meta?.image).toBe(ids.photo.toHexString())

    const topic = await payload.findByID({ collection: 'topics', id: ids.topic.toHexString(), locale: 'en' })
    expect({ name: topic.name, description: topic.description }).toEqual(OLD.topic)
    const photo = await payload.findByID({ collection: 'media', id: ids.photo.toHexString(), locale: 'en' })
    expect({ alt: photo.alt, caption: photo.caption }).toEqual(OLD.photo)

    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'en' })
    expect({ tagline: settings.tagline, about: settings.about, footerText: settings.footerText }).toEqual(OLD.settings)
    expect(settings.navigation?.[0]?.label).toBe(OLD.navigationLabel)
  })

  it('keeps the unpublished draft, in English', async () => {
    const draft = await payload.findByID({ collection: 'articles', id: ids.article.toHexString(), locale: 'en', draft: true, depth: 0 })
    expect({ title: draft.title, standfirst: draft.standfirst }).toEqual(OLD.draft)
  })

  it('lists every document, and its draft, as still to be translated into Ukrainian and Arabic', async () => {
    const id = ids.article.toHexString()
    for (const draft of [false, true]) {
      expect((await payload.findByID({ collection: 'articles', id, draft, depth: 0 })).untranslated).toEqual(['uk', 'ar'])
    }
    expect((await payload.findByID({ collection: 'topics', id: ids.topic.toHexString(), depth: 0 })).untranslated).toEqual(['uk', 'ar'])
    const { docs } = await payload.find({ collection: 'articles', draft: true, where: { untranslated: { contains: 'ar' } }, depth: 0 })
    expect(docs.map((doc) => doc.id)).toEqual([id])
  })

  it('shows the English text where a language has no translation yet, and nothing without fallback', async () => {
    const id = ids.article.toHexString()
    const fallen = await payload.findByID({ collection: 'articles', id, locale: 'uk', depth: 0 })
    expect(fallen.title).toBe(OLD.article.title)
    const untranslated = await payload.findByID({ collection: 'articles', id, locale: 'uk', fallbackLocale: false, depth: 0 })
    expect(untranslated.title ?? null).toBeNull()
    const photo = await payload.findByID({ collection: 'media', id: ids.photo.toHexString(), locale: 'uk' })
    expect(photo.alt).toBe(OLD.photo.alt)
    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'uk', fallbackLocale: false })
    expect(settings.about ?? null).toBeNull()
  })

  it('changes nothing when it runs again, nor on a translated text', async () => {
    await payload.update({ collection: 'articles', id: ids.article.toHexString(), locale: 'uk', data: { title: 'Чому ми несемо цей банер' }, context: { disableRevalidate: true } })
    const before = await payload.db.collections.articles.collection.findOne({ _id: ids.article })
    await up({ payload, req: undefined as never })
    expect(await payload.db.collections.articles.collection.findOne({ _id: ids.article })).toEqual(before)
    expect(before?.title).toEqual({ en: OLD.article.title, uk: 'Чому ми несемо цей банер' })
    expect(before?.untranslated).toEqual(['ar'])
  })
})
