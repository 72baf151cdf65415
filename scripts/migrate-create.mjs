// Writes a migration for any schema change since the last committed one (`npm run migrate:create -- name`).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runPayload, scratchEnv } from './lib/payloadCli.mjs'

const name = process.argv[2] ?? 'change'
const listMigrations = () => fs.readdirSync('migrations').filter((file) => file.endsWith('.ts') && file !== 'index.ts')
const before = new Set(listMigrations())
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'solidarity-migrate-'))

let output
try {
  output = await runPayload(['migrate:create', name, '--skip-empty'], {
    // A scratch database: the command must never push a development schema into a real one.
    env: { ...scratchEnv, DATABASE_URL: `file:${path.join(scratch, 'scratch.db')}` },
    // Either a file was written, or the CLI got as far as comparing schemas and found no change.
    tookEffect: (output) => listMigrations().length > before.size || output.includes('generating UP statements'),
    // drizzle-kit asks whether a table or column that went away was renamed.
    interactive: true,
  })
} finally {
  fs.rmSync(scratch, { recursive: true, force: true })
}

const created = listMigrations().filter((file) => !before.has(file))
// Without a terminal to answer in, drizzle-kit gives up on its question and writes nothing.
if (created.length === 0 && /created or renamed/i.test(output)) {
  console.error('The schema change may be a rename, and drizzle-kit needs an answer: run `npm run migrate:create` in a terminal.')
  process.exit(1)
}
console.log(created.length ? `Created migrations/${created.join(', migrations/')}` : 'No schema changes: migrations are up to date.')
