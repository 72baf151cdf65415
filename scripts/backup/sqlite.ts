import fs from 'node:fs'

import { type Client, createClient } from '@libsql/client'

import { searchIndexFile } from '@/lib/search/indexFile'

import { BackupError } from '@/scripts/backup/BackupError'

/** Payload's record of applied migrations: present in a database nobody has used yet. */
const BOOKKEEPING_TABLES = ['payload_migrations']

async function withDatabase<T>(file: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: `file:${file}` })
  try {
    // The site may be writing; wait for its transaction instead of failing at once.
    await client.execute('PRAGMA busy_timeout = 5000')
    return await work(client)
  } finally {
    client.close()
  }
}

/**
 * Copies a live database into `into` with `VACUUM INTO`: one read transaction, so the copy is the
 * consistent state of one instant, committed pages still in the write-ahead log included, while the
 * site keeps reading and writing.
 */
export async function copySqliteDatabase(file: string, into: string): Promise<void> {
  if (!fs.existsSync(file)) throw new BackupError(`there is no SQLite database at ${file} (DATABASE_URL)`)
  await withDatabase(file, (client) => client.execute({ sql: 'VACUUM INTO ?', args: [into] }))
  await checkSqliteDatabase(into)
}

/** Refuses a file that SQLite does not read as a whole, sound database. */
export async function checkSqliteDatabase(file: string): Promise<void> {
  const { rows } = await withDatabase(file, (client) => client.execute('PRAGMA integrity_check'))
  const verdict = rows.map((row) => String(row[0]))
  if (verdict.join() !== 'ok') throw new BackupError(`the SQLite database ${file} is damaged: ${verdict.slice(0, 3).join('; ')}`)
}

/** True when any table other than Payload's bookkeeping holds a row. */
export async function sqliteHasContent(file: string): Promise<boolean> {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return false
  return withDatabase(file, async (client) => {
    const { rows } = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    for (const row of rows) {
      const name = String(row.name)
      if (BOOKKEEPING_TABLES.includes(name)) continue
      const quoted = `"${name.replaceAll('"', '""')}"`
      const { rows: found } = await client.execute(`SELECT EXISTS (SELECT 1 FROM ${quoted})`)
      if (Number(found[0][0]) === 1) return true
    }
    return false
  })
}

/**
 * Puts a restored database file in place of `target` with one rename. The old write-ahead log and
 * shared-memory files go first: SQLite would replay an old log onto the new file.
 */
export function replaceSqliteDatabase(restored: string, target: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${target}${suffix}`, { force: true })
  fs.renameSync(restored, target)
  // The search index beside it was derived from the content just replaced: the site rebuilds it as it starts.
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${searchIndexFile(target)}${suffix}`, { force: true })
}
