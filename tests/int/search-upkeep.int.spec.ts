import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from '@libsql/client'
import type { Payload } from 'payload'

import type { LanguageCode } from '@/i18n/languages'
import { searchIndexFile } from '@/lib/search/indexFile'
import { env } from '@/lib/startup/env'
import { ensureSearchIndex, rebuildSearchIndex } from '@/lib/search/upkeep'

import { replaceSqliteDatabase } from '@/scripts/backup/sqlite'
import { body } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'
import { createPhoto, foundHrefs } from '@/tests/helpers/search'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const found = async (word: string, lang: LanguageCode = 'en') => (await foundHrefs(payload, word, lang)) ?? []

describe('the index follows what organisers do, through hooks', () => {
  it('finds an article once published, by its new words once edited, and never by a draft saved over it', async () => {
    const draft = await payload.create({ collection: 'articles', data: { title: 'Lantern walk', body: body('Bring a lantern.'), _status: 'draft' } })
    expect(await found('lantern')).toEqual([])
    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } })
    expect(await found('lantern')).toEqual(['/news/lantern-walk'])
    await payload.update({ collection: 'articles', id: draft.id, data: { body: body('Bring a torch.') } })
    expect(await found('torch')).toEqual(['/news/lantern-walk'])
    expect(await found('lantern walk')).toEqual(['/news/lantern-walk'])
    // An autosave: a new version, the published document unchanged.
    await payload.update({ collection: 'articles', id: draft.id, draft: true, autosave: true, data: { body: body('Bring a candle.') } })
    expect(await found('candle')).toEqual([])
    expect(await found('torch')).toEqual(['/news/lantern-walk'])
  })

  it('forgets an article taken down (unpublished) and finds it again when republished, then forgets it once deleted', async () => {
    const doc = await payload.create({ collection: 'articles', data: { title: 'Kite festival', body: body('Kites.'), _status: 'published' } })
    expect(await found('kite')).toEqual(['/news/kite-festival'])
    await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'draft' } })
    expect(await found('kite')).toEqual([])
    await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' } })
    expect(await found('kite')).toEqual(['/news/kite-festival'])
    await payload.delete({ collection: 'articles', id: doc.id })
    expect(await found('kite')).toEqual([])
  })

  it('does the same for demonstration reports', async () => {
    const doc = await payload.create({ collection: 'demo-reports', data: { title: 'Harvest march', date: '2024-09-01T00:00:00.000Z', _status: 'published' } })
    expect(await found('harvest')).toEqual(['/demos/harvest-march'])
    await payload.update({ collection: 'demo-reports', id: doc.id, data: { _status: 'draft' } })
    expect(await found('harvest')).toEqual([])
  })

  it('finds a photo only while it is public', async () => {
    const photo = await createPhoto(payload, { alt: 'Drummers at the gate', visibility: 'review' })
    expect(await found('drummers')).toEqual([])
    await payload.update({ collection: 'media', id: photo.id, data: { visibility: 'public' } })
    expect(await found('drummers')).toEqual([`/photos/${photo.id}`])
    await payload.update({ collection: 'media', id: photo.id, data: { visibility: 'review' } })
    expect(await found('drummers')).toEqual([])
    await payload.update({ collection: 'media', id: photo.id, data: { visibility: 'public' } })
    await payload.delete({ collection: 'media', id: photo.id })
    expect(await found('drummers')).toEqual([])
  })

  it('keeps each language of an article: a translation published, edited in its language, unpublished and deleted', async () => {
    const doc = await payload.create({ collection: 'articles', data: { title: 'Bread for the strikers', body: body('Bakers give bread.'), _status: 'published' } })
    await payload.update({ collection: 'articles', id: doc.id, locale: 'uk', data: { title: 'Хліб для страйкарів', body: body('Пекарі дають хліб.'), _status: 'published' } })
    expect(await found('пекарі', 'uk')).toEqual(['/uk/news/bread-for-the-strikers'])
    expect(await found('bakers', 'uk')).toEqual(['/uk/news/bread-for-the-strikers'])
    // Edited in Ukrainian: its Ukrainian words change, its English ones stay.
    await payload.update({ collection: 'articles', id: doc.id, locale: 'uk', data: { body: body('Мірошники дають борошно.') } })
    expect(await found('пекарі', 'uk')).toEqual([])
    expect(await found('мірошники', 'uk')).toEqual(['/uk/news/bread-for-the-strikers'])
    expect(await found('bakers')).toEqual(['/news/bread-for-the-strikers'])
    // Edited in English: the Ukrainian entry is untouched.
    await payload.update({ collection: 'articles', id: doc.id, data: { body: body('Millers give flour.') } })
    expect(await found('millers')).toEqual(['/news/bread-for-the-strikers'])
    expect(await found('мірошники')).toEqual(['/news/bread-for-the-strikers'])
    // A Ukrainian draft over the published translation changes nothing visitors find.
    await payload.update({ collection: 'articles', id: doc.id, locale: 'uk', draft: true, autosave: true, data: { body: body('Чернетка про сіль.') } })
    expect(await found('сіль', 'uk')).toEqual([])
    expect(await found('мірошники', 'uk')).toEqual(['/uk/news/bread-for-the-strikers'])
    // Unpublished from the Ukrainian admin: gone in every language.
    await payload.update({ collection: 'articles', id: doc.id, locale: 'uk', data: { _status: 'draft' } })
    expect(await found('millers')).toEqual([])
    expect(await found('мірошники', 'uk')).toEqual([])
    await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' } })
    expect(await found('хліб', 'uk')).toEqual(['/uk/news/bread-for-the-strikers'])
    await payload.delete({ collection: 'articles', id: doc.id })
    expect(await found('bread')).toEqual([])
    expect(await found('хліб', 'uk')).toEqual([])
  })

  it('never finds a translation saved as a draft only, and finds it once published', async () => {
    const doc = await payload.create({ collection: 'demo-reports', data: { title: 'Dockers march', date: '2024-10-01T00:00:00.000Z', _status: 'published' } })
    await payload.update({ collection: 'demo-reports', id: doc.id, locale: 'uk', draft: true, data: { title: 'Марш докерів' } })
    expect(await found('докерів', 'uk')).toEqual([])
    expect(await found('dockers', 'uk')).toEqual(['/uk/demos/dockers-march'])
    await payload.update({ collection: 'demo-reports', id: doc.id, locale: 'uk', data: { title: 'Марш докерів', _status: 'published' } })
    expect(await found('докерів', 'uk')).toEqual(['/uk/demos/dockers-march'])
  })

  it('keeps a photo’s translations, and forgets them all when it goes back to review', async () => {
    const photo = await createPhoto(payload, { alt: 'Pipers at the gate', visibility: 'public' })
    await payload.update({ collection: 'media', id: photo.id, locale: 'ar', data: { alt: 'عازفو القربة عند البوابة' } })
    expect(await found('البوابه', 'ar')).toEqual([`/ar/photos/${photo.id}`])
    await payload.update({ collection: 'media', id: photo.id, data: { visibility: 'review' } })
    expect(await found('البوابه', 'ar')).toEqual([])
    expect(await found('pipers')).toEqual([])
  })

  it('follows a topic renamed and deleted', async () => {
    const topic = await payload.create({ collection: 'topics', data: { name: 'Housing', description: 'Rents and evictions.' } })
    expect(await found('evictions')).toEqual(['/topics/housing'])
    await payload.update({ collection: 'topics', id: topic.id, data: { name: 'Homes' } })
    expect(await found('homes')).toEqual(['/topics/housing'])
    expect(await found('housing')).toEqual([])
    await payload.delete({ collection: 'topics', id: topic.id })
    expect(await found('evictions')).toEqual([])
  })
})

describe('documents written without hooks', () => {
  it('are found after a rebuild, which also forgets documents deleted behind its back', async () => {
    // The adapter's own write, as an import would: every language's value of a localized field at once.
    const doc = await payload.db.create({
      collection: 'articles',
      data: { title: { en: 'Quiet import', uk: 'Тихий імпорт' }, slug: 'quiet-import', _status: 'published', publishedAt: '2024-01-01T00:00:00.000Z' },
      req: {},
    })
    expect(await found('quiet')).toEqual([])
    expect(await rebuildSearchIndex(payload)).toMatchObject({ article: expect.any(Number), photo: expect.any(Number) })
    expect(await found('quiet')).toEqual(['/news/quiet-import'])
    expect(await found('тихий', 'uk')).toEqual(['/uk/news/quiet-import'])
    await payload.db.deleteOne({ collection: 'articles', where: { id: { equals: doc.id } }, req: {} })
    await rebuildSearchIndex(payload)
    expect(await found('quiet')).toEqual([])
    expect(await found('тихий', 'uk')).toEqual([])
  })

  it('are found after a start that sees the index hold fewer documents than visitors can see', async () => {
    await payload.db.create({ collection: 'topics', data: { name: { en: 'Imported topic' }, slug: 'imported-topic' }, req: {} })
    expect(await found('imported')).toEqual([])
    await ensureSearchIndex(payload)
    expect(await found('imported')).toEqual(['/topics/imported-topic'])
  })
})

// MongoDB's counterpart (a text index named after the version) is replaced at start the same way.
const onSqlite = process.env.MONGODB_URL ? it.skip : it

describe('an index of an older version', () => {
  onSqlite('is rebuilt at start in its new layout, with every language', async () => {
    const doc = await payload.create({ collection: 'topics', data: { name: 'Pensions', description: 'Retirement.' } })
    await payload.update({ collection: 'topics', id: doc.id, locale: 'uk', data: { name: 'Пенсії' } })
    const { database } = env()
    const index = createClient({ url: `file:${searchIndexFile(database.kind === 'sqlite' ? database.file : null)}` })
    // Version 2's layout: one entry per document, no language.
    await index.batch(
      [
        'DROP TABLE search_terms',
        'DROP TABLE search_documents',
        'CREATE TABLE search_documents (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, doc_id TEXT NOT NULL, slug TEXT, title TEXT NOT NULL, text TEXT NOT NULL, date TEXT, year INTEGER, topics TEXT NOT NULL, UNIQUE (kind, doc_id))',
        'CREATE VIRTUAL TABLE search_terms USING fts5(title, body)',
        'PRAGMA user_version = 2',
      ],
      'write',
    )
    index.close()
    await ensureSearchIndex(payload)
    expect(await found('пенсії', 'uk')).toEqual(['/uk/topics/pensions'])
    expect(await found('pensions', 'uk')).toEqual(['/uk/topics/pensions'])
    expect(await found('retirement')).toEqual(['/topics/pensions'])
  })
})

describe('where the SQLite index lives', () => {
  it('goes with the database a restore replaces, to be rebuilt as the site starts', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'search-restore-'))
    const database = path.join(folder, 'site.db')
    for (const file of [database, `${database}.restored`, 'site.search.db', 'site.search.db-wal']) fs.writeFileSync(path.resolve(folder, file), '')
    replaceSqliteDatabase(`${database}.restored`, database)
    expect(fs.readdirSync(folder)).toEqual(['site.db'])
    fs.rmSync(folder, { recursive: true })
  })

  it('is a file of its own beside the database', () => {
    expect(searchIndexFile('/srv/data/solidarity-news.db')).toBe('/srv/data/solidarity-news.search.db')
    expect(searchIndexFile('/srv/data/site')).toBe('/srv/data/site.search.db')
    expect(searchIndexFile(null)).toBe(':memory:')
  })

  // Payload's development schema push offers to drop every table its schema does not name, and
  // waits at a prompt to do so: the index must never be in Payload's database.
  onSqlite('is not in the database Payload pushes its schema to', async () => {
    const db = payload.db as unknown as { drizzle: { all(query: unknown): Promise<{ name: string }[]> } }
    const { sql } = await import('@payloadcms/db-sqlite')
    expect(await db.drizzle.all(sql`SELECT name FROM sqlite_master WHERE name LIKE 'search%'`)).toEqual([])
  })
})
