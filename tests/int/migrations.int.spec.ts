import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { getTestPayload } from '@/tests/helpers/payload'

type DrizzleKit = {
  generateDrizzleJson(schema: unknown): Promise<unknown>
  generateMigration(before: unknown, after: unknown): Promise<string[]>
}
type SQLiteAdapter = { schema: unknown; migrationDir: string; requireDrizzleKit(): DrizzleKit }

const describeOnSQLite = process.env.MONGODB_URL ? describe.skip : describe

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

// MongoDB has no schema to migrate; this guards the committed SQLite migrations.
describeOnSQLite('committed SQLite migrations', () => {
  it('describe the schema the collections define (run `npm run migrate:create` after changing them)', async () => {
    const adapter = payload.db as unknown as SQLiteAdapter
    const snapshots = fs.readdirSync(adapter.migrationDir).filter((file) => file.endsWith('.json')).sort()
    expect(snapshots.length).toBeGreaterThan(0)
    const latest = JSON.parse(fs.readFileSync(path.join(adapter.migrationDir, snapshots.at(-1)!), 'utf8'))
    const kit = adapter.requireDrizzleKit()
    const current = await kit.generateDrizzleJson(adapter.schema)
    expect(await kit.generateMigration(latest, current)).toEqual([])
  })

  it('are all listed in migrations/index.ts, which production starts apply', async () => {
    const { migrations } = await import('@/migrations')
    const files = fs
      .readdirSync(path.resolve('migrations'))
      .filter((file) => /^\d{8}_\d{6}.*\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
    expect(migrations.map((migration) => migration.name).sort()).toEqual(files.sort())
  })
})
