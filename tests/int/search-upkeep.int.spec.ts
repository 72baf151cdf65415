import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { searchIndexFile } from '@/lib/search/indexFile'
import { ensureSearchIndex, rebuildSearchIndex } from '@/lib/search/upkeep'

import { replaceSqliteDatabase } from '@/scripts/backup/sqlite'
import { body } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'
import { createPhoto, foundHrefs } from '@/tests/helpers/search'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const found = async (word: string) => (await foundHrefs(payload, word)) ?? []

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
    const doc = await payload.db.create({
      collection: 'articles',
      data: { title: 'Quiet import', slug: 'quiet-import', _status: 'published', publishedAt: '2024-01-01T00:00:00.000Z' },
      req: {},
    })
    expect(await found('quiet')).toEqual([])
    expect(await rebuildSearchIndex(payload)).toMatchObject({ article: expect.any(Number), photo: expect.any(Number) })
    expect(await found('quiet')).toEqual(['/news/quiet-import'])
    await payload.db.deleteOne({ collection: 'articles', where: { id: { equals: doc.id } }, req: {} })
    await rebuildSearchIndex(payload)
    expect(await found('quiet')).toEqual([])
  })

  it('are found after a start that sees the index hold fewer documents than visitors can see', async () => {
    await payload.db.create({ collection: 'topics', data: { name: 'Imported topic', slug: 'imported-topic' }, req: {} })
    expect(await found('imported')).toEqual([])
    await ensureSearchIndex(payload)
    expect(await found('imported')).toEqual(['/topics/imported-topic'])
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
  const onSqlite = process.env.MONGODB_URL ? it.skip : it
  onSqlite('is not in the database Payload pushes its schema to', async () => {
    const db = payload.db as unknown as { drizzle: { all(query: unknown): Promise<{ name: string }[]> } }
    const { sql } = await import('@payloadcms/db-sqlite')
    expect(await db.drizzle.all(sql`SELECT name FROM sqlite_master WHERE name LIKE 'search%'`)).toEqual([])
  })
})
