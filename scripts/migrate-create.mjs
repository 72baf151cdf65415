// Writes a migration for any schema change since the last committed one (`npm run migrate:create -- name`).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runPayload, scratchEnv } from './lib/payloadCli.mjs'

const name = process.argv[2] ?? 'change'
const listMigrations = () => fs.readdirSync('migrations').filter((file) => file.endsWith('.ts') && file !== 'index.ts')
const before = new Set(listMigrations())
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'solidarity-migrate-'))

try {
  await runPayload(['migrate:create', name, '--skip-empty'], {
    // A scratch database: the command must never push a development schema into a real one.
    env: { ...scratchEnv, DATABASE_URL: `file:${path.join(scratch, 'scratch.db')}` },
    // Either a file was written, or the CLI got as far as comparing schemas and found no change.
    tookEffect: (output) => listMigrations().length > before.size || output.includes('generating UP statements'),
  })
} finally {
  fs.rmSync(scratch, { recursive: true, force: true })
}

const created = listMigrations().filter((file) => !before.has(file))
console.log(created.length ? `Created migrations/${created.join(', migrations/')}` : 'No schema changes: migrations are up to date.')
