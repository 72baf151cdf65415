import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'
import { createClient, type Client } from '@libsql/client'
import { drizzle } from 'drizzle-orm/libsql'
import type { Payload } from 'payload'

import { migrations } from '@/migrations'

/**
 * A site running the release of 2026-12-05 upgrades through the committed migrations with its
 * content intact: tests/fixtures/release-2026-12-05 is a database that release made (see its README).
 */
const FIXTURE = path.resolve('tests/fixtures/release-2026-12-05/solidarity-news.db')
const workspace = process.env.TEST_WORKSPACE!

type Row = Record<string, unknown>
type LocaleArgs = { locale: 'en' | 'uk'; fallbackLocale?: false }

/** The texts that became localized, by collection: Payload's field name and the release's column. */
const LOCALIZED_TEXTS = {
  articles: { table: 'articles', fields: { title: 'title', standfirst: 'standfirst', body: 'body' } },
  'demo-reports': {
    table: 'demo_reports',
    fields: { title: 'title', cause: 'cause', participation: 'participation', body: 'body' },
  },
  topics: { table: 'topics', fields: { name: 'name', description: 'description' } },
  media: { table: 'media', fields: { alt: 'alt', caption: 'caption' } },
} as const
type Collection = keyof typeof LOCALIZED_TEXTS

const SETTINGS_TEXTS = { tagline: 'tagline', about: 'about', footerText: 'footer_text' } as const

/** A copy of the fixture, so the committed file is never written to. */
function copyOfFixture(name: string): string {
  const file = path.join(workspace, name)
  fs.copyFileSync(FIXTURE, file)
  return file
}

/** A field of a document read through Payload, with "not set" and null alike. */
function valueOf(doc: object, field: string): unknown {
  return (doc as Row)[field] ?? null
}

/** Rich text is stored as JSON text; Payload returns it parsed. */
function asPayloadReturns(value: unknown): unknown {
  return typeof value === 'string' && value.startsWith('{"root"') ? JSON.parse(value) : value
}

async function rows(client: Client, query: string): Promise<Row[]> {
  return (await client.execute(query)).rows.map((row) => ({ ...row }))
}

async function rowCounts(client: Client): Promise<Map<string, number>> {
  const tables = await rows(client, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
  const counts = new Map<string, number>()
  for (const { name } of tables) {
    const [{ n }] = await rows(client, `SELECT count(*) AS n FROM \`${String(name)}\``)
    counts.set(String(name), Number(n))
  }
  return counts
}

/** Runs the committed migrations' SQL on a database, as Payload would, without starting Payload. */
async function migrateWithoutPayload(file: string, direction: 'up' | 'down', names: string[]) {
  const client = createClient({ url: `file:${file}` })
  const db = drizzle(client)
  const chosen = migrations.filter((migration) => names.includes(migration.name))
  for (const migration of direction === 'up' ? chosen : chosen.reverse()) {
    await migration[direction]({ db, payload: undefined as never, req: undefined as never } as never)
  }
  client.close()
}

const describeOnSQLite = process.env.MONGODB_URL ? describe.skip : describe

describeOnSQLite('upgrading a database made by the release of 2026-12-05', () => {
  const latest = migrations.at(-1)!.name
  let payload: Payload
  let before: { texts: Record<Collection, Row[]>; settings: Row; navigation: Row[]; versions: Row[]; counts: Map<string, number> }

  beforeAll(async () => {
    const file = copyOfFixture('upgraded.db')
    const client = createClient({ url: `file:${file}` })
    const texts = {} as Record<Collection, Row[]>
    for (const [collection, { table, fields }] of Object.entries(LOCALIZED_TEXTS)) {
      texts[collection as Collection] = await rows(client, `SELECT id, ${Object.values(fields).join(', ')} FROM ${table} ORDER BY id`)
    }
    before = {
      texts,
      settings: (await rows(client, `SELECT ${Object.values(SETTINGS_TEXTS).join(', ')} FROM site_settings`))[0],
      navigation: await rows(client, 'SELECT id, label FROM site_settings_navigation ORDER BY _order'),
      versions: await rows(client, 'SELECT id, parent_id, version_title, version_standfirst, version__status, latest FROM _articles_v ORDER BY id'),
      counts: await rowCounts(client),
    }
    client.close()

    // Started as production starts: the committed migrations are applied as Payload connects
    // (prodMigrations), before anything reads the content, and the schema is never pushed.
    process.env.DATABASE_URL = `file:${file}`
    const environment = process.env as Record<string, string | undefined>
    const nodeEnv = environment.NODE_ENV
    environment.NODE_ENV = 'production'
    try {
      const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
      payload = await getPayload({ config })
      globalThis.testPayload = payload
    } finally {
      environment.NODE_ENV = nodeEnv
    }
  })

  it('applies the migrations the release lacked as Payload starts', async () => {
    expect(before.counts.get('payload_migrations')).toBeLessThan(migrations.length)
    const { docs } = await payload.find({ collection: 'payload-migrations', pagination: false, where: { name: { equals: latest } } })
    expect(docs).toHaveLength(1)
  })

  it('keeps every text as its English version, identical', async () => {
    for (const collection of Object.keys(LOCALIZED_TEXTS) as Collection[]) {
      const { fields } = LOCALIZED_TEXTS[collection]
      const { docs } = await payload.find({ collection, locale: 'en', depth: 0, pagination: false, sort: 'id', draft: false })
      expect(docs.map((doc) => doc.id)).toEqual(before.texts[collection].map((row) => row.id))
      docs.forEach((doc, index) => {
        for (const [field, column] of Object.entries(fields)) {
          expect({ collection, id: doc.id, field, value: valueOf(doc, field) }).toEqual({
            collection,
            id: doc.id,
            field,
            value: asPayloadReturns(before.texts[collection][index][column]),
          })
        }
      })
    }
    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'en', depth: 0 })
    for (const [field, column] of Object.entries(SETTINGS_TEXTS)) {
      expect(valueOf(settings, field)).toEqual(before.settings[column])
    }
    expect(settings.navigation?.map(({ id, label }) => ({ id, label }))).toEqual(before.navigation)
  })

  it('leaves the other languages empty until someone translates them', async () => {
    const untranslated: LocaleArgs = { locale: 'uk', fallbackLocale: false }
    for (const collection of Object.keys(LOCALIZED_TEXTS) as Collection[]) {
      const { docs } = await payload.find({ collection, ...untranslated, depth: 0, pagination: false })
      expect(docs).toHaveLength(before.texts[collection].length)
      for (const doc of docs) {
        for (const field of Object.keys(LOCALIZED_TEXTS[collection].fields)) {
          expect({ collection, field, value: valueOf(doc, field) }).toEqual({ collection, field, value: null })
        }
      }
    }
    const settings = await payload.findGlobal({ slug: 'site-settings', ...untranslated, depth: 0 })
    // The tagline is left out: a language without one reads the field's default value instead.
    expect({ about: settings.about ?? null, footerText: settings.footerText ?? null }).toEqual({ about: null, footerText: null })
  })

  it('shows the English text where a language has no translation yet', async () => {
    for (const collection of Object.keys(LOCALIZED_TEXTS) as Collection[]) {
      const english = await payload.find({ collection, locale: 'en', depth: 0, pagination: false, sort: 'id' })
      const ukrainian = await payload.find({ collection, locale: 'uk', depth: 0, pagination: false, sort: 'id' })
      for (const [index, doc] of ukrainian.docs.entries()) {
        for (const field of Object.keys(LOCALIZED_TEXTS[collection].fields)) {
          expect(valueOf(doc, field)).toEqual(valueOf(english.docs[index], field))
        }
      }
    }
    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'uk', depth: 0 })
    expect(settings.tagline).toBe(before.settings.tagline)
    expect(settings.about).toBe(before.settings.about)
  })

  it('lists every existing document, and its draft, as still to be translated into Ukrainian and Arabic', async () => {
    for (const collection of ['articles', 'demo-reports', 'topics'] as const) {
      for (const draft of [false, true]) {
        const { docs } = await payload.find({ collection, draft, depth: 0, pagination: false, sort: 'id' })
        expect(docs.length).toBeGreaterThan(0)
        expect({ collection, draft, untranslated: docs.map((doc) => doc.untranslated) }).toEqual({ collection, draft, untranslated: docs.map(() => ['uk', 'ar']) })
      }
    }
  })

  it("keeps the article's unpublished draft, in English, beside the published version", async () => {
    const [published, draft] = before.versions
    expect([published.version__status, draft.version__status]).toEqual(['published', 'draft'])
    const live = await payload.find({ collection: 'articles', locale: 'en', draft: false, depth: 0 })
    expect(live.docs[0].title).toBe(published.version_title)
    const editing = await payload.find({ collection: 'articles', locale: 'en', draft: true, depth: 0 })
    expect(editing.docs[0].title).toBe(draft.version_title)
    expect(editing.docs[0].standfirst).toBe(draft.version_standfirst)

    const { docs: versions } = await payload.findVersions({ collection: 'articles', locale: 'en', depth: 0, sort: 'id', pagination: false })
    expect(versions.map((version) => ({ id: version.id, parent: version.parent, title: version.version.title, latest: Boolean(version.latest) }))).toEqual(
      before.versions.map((row) => ({ id: row.id, parent: row.parent_id, title: row.version_title, latest: Boolean(row.latest) })),
    )
  })

  it('changes nothing else: every table keeps its rows, and each text has exactly one English row', async () => {
    const client = createClient({ url: process.env.DATABASE_URL! })
    const after = await rowCounts(client)
    for (const [table, count] of before.counts) {
      // The one table that grows: it records the migrations applied.
      const expected = table === 'payload_migrations' ? migrations.length : count
      expect({ table, rows: after.get(table) }).toEqual({ table, rows: expected })
    }
    for (const [table, count] of after) {
      if (!table.endsWith('_locales')) continue
      const parent = table.replace(/_locales$/, '')
      // A collection added since the release (meetings) starts empty.
      expect({ table, rows: count }).toEqual({ table, rows: before.counts.get(parent) ?? 0 })
      const [{ n }] = await rows(client, `SELECT count(*) AS n FROM \`${table}\` WHERE _locale <> 'en'`)
      expect({ table, otherLocales: Number(n) }).toEqual({ table, otherLocales: 0 })
    }
    client.close()
  })
})

describeOnSQLite('the migrations since the release on their own', () => {
  it('runs on a fresh, empty database, after every earlier migration', async () => {
    const file = path.join(workspace, 'fresh.db')
    await migrateWithoutPayload(
      file,
      'up',
      migrations.map((migration) => migration.name),
    )
    const client = createClient({ url: `file:${file}` })
    const tables = await rows(client, `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%_locales' ORDER BY name`)
    expect(tables.map((table) => table.name)).toEqual([
      '_articles_v_locales',
      '_demo_reports_v_locales',
      '_meetings_v_locales',
      'articles_locales',
      'demo_reports_locales',
      'media_locales',
      'meetings_locales',
      'site_settings_locales',
      'site_settings_navigation_locales',
      'topics_locales',
    ])
    client.close()
  })

  it('indexes every table of localized texts by document, so reading many documents never scans one per document', async () => {
    const file = path.join(workspace, 'indexed.db')
    await migrateWithoutPayload(file, 'up', migrations.map((migration) => migration.name))
    const client = createClient({ url: `file:${file}` })
    const tables = await rows(client, `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%_locales'`)
    for (const { name } of tables) {
      const plan = await rows(client, `EXPLAIN QUERY PLAN SELECT * FROM \`${String(name)}\` WHERE _parent_id = 1`)
      expect({ table: name, plan: plan.map((step) => step.detail).join('; ') }).toEqual({ table: name, plan: expect.stringMatching(/USING INDEX \S+_parent_idx/) })
    }
    client.close()
  })

  it('rolls back with every English text back in its old column', async () => {
    const file = copyOfFixture('rolled-back.db')
    const client = createClient({ url: `file:${file}` })
    const original = await rows(client, 'SELECT id, title, standfirst, body FROM articles')
    const originalVersions = await rows(client, 'SELECT id, version_title FROM _articles_v ORDER BY id')
    const originalMedia = await rows(client, 'SELECT id, alt, caption FROM media ORDER BY id')

    const sinceRelease = ['20261205_162036_localized_content', '20261206_010943_untranslated']
    await migrateWithoutPayload(file, 'up', sinceRelease)
    await migrateWithoutPayload(file, 'down', sinceRelease)

    expect(await rows(client, 'SELECT id, title, standfirst, body FROM articles')).toEqual(original)
    expect(await rows(client, 'SELECT id, version_title FROM _articles_v ORDER BY id')).toEqual(originalVersions)
    expect(await rows(client, 'SELECT id, alt, caption FROM media ORDER BY id')).toEqual(originalMedia)
    expect(await rows(client, `SELECT name FROM sqlite_master WHERE name LIKE '%_locales' OR name LIKE '%_untranslated'`)).toEqual([])
    client.close()
  })
})
