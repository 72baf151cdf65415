// `npm run backup [-- --out <dir>]`: one archive of the database and the media (folder or bucket), with a
// manifest of checksums, written to BACKUP_DIR (./backups) as solidarity-news-<UTC time>.tar.gz.
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { DatabaseConfig } from '@/lib/startup/env'

import { readArchive, writeArchive, type Member } from '@/scripts/backup/archive'
import { BackupError } from '@/scripts/backup/BackupError'
import { fileDigest } from '@/scripts/backup/checksum'
import { runCommand } from '@/scripts/backup/cli'
import { formatSize } from '@/scripts/backup/formatSize'
import { type ArchivedDatabase, createManifest, MANIFEST } from '@/scripts/backup/manifest'
import { mediaToArchive } from '@/scripts/backup/media'
import { exportMongoDatabase } from '@/scripts/backup/mongodb'
import { storedData } from '@/scripts/backup/settings'
import { copySqliteDatabase } from '@/scripts/backup/sqlite'

const SQLITE_MEMBER = 'database/sqlite.db'

/** `2026-11-25T10-15-00Z`: sorts by time and is a valid file name everywhere. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-')
}

/** Dumps the database into `work/database/` and says what it holds. */
async function dumpDatabase(database: DatabaseConfig, work: string): Promise<{ archived: ArchivedDatabase; description: string }> {
  fs.mkdirSync(path.join(work, 'database'))
  if (database.kind === 'mongodb') {
    const collections = await exportMongoDatabase(database.url, path.join(work, 'database'))
    const documents = collections.reduce((sum, { count }) => sum + count, 0)
    return { archived: { kind: 'mongodb', collections }, description: `the MongoDB database (${collections.length} collections, ${documents} documents)` }
  }
  if (!database.file) throw new BackupError(`DATABASE_URL "${database.url}" is an in-memory database; there is nothing on disk to back up`)
  await copySqliteDatabase(database.file, path.join(work, SQLITE_MEMBER))
  return { archived: { kind: 'sqlite', file: SQLITE_MEMBER }, description: `the SQLite database ${database.file}` }
}

await runCommand('backup failed', async () => {
  const { values } = parseArgs({ options: { out: { type: 'string' } } })
  const started = Date.now()
  const stored = storedData()
  const outDir = path.resolve(values.out || process.env.BACKUP_DIR || 'backups')
  fs.mkdirSync(outDir, { recursive: true, mode: 0o700 })
  const name = `solidarity-news-${timestamp(new Date())}.tar.gz`
  const archive = path.join(outDir, name)
  if (fs.existsSync(archive)) throw new BackupError(`${archive} already exists`)

  // Everything is prepared under a hidden name beside the archive; only a checked archive is renamed.
  const work = fs.mkdtempSync(path.join(outDir, `.${name}.`))
  try {
    const { archived, description } = await dumpDatabase(stored.database, work)
    const members: Member[] = fs
      .readdirSync(path.join(work, 'database'))
      .sort()
      .map((file) => ({ name: `database/${file}`, source: path.join(work, 'database', file) }))
    const media = await mediaToArchive(stored, path.join(work, 'media'))
    members.push(...media.files.map((file) => ({ name: `media/${file}`, source: path.join(media.folder, file) })))

    const files = []
    for (const member of members) files.push({ path: member.name, ...(await fileDigest(member.source)) })
    fs.writeFileSync(path.join(work, MANIFEST), `${JSON.stringify(createManifest(archived, files), null, 2)}\n`)

    const partial = path.join(work, 'archive.partial')
    await writeArchive(partial, [{ name: MANIFEST, source: path.join(work, MANIFEST) }, ...members])
    try {
      await readArchive(partial)
    } catch (error) {
      throw new BackupError(`the archive did not match what was read (a file changed while it was being backed up?); run the backup again. ${(error as Error).message}`)
    }
    fs.renameSync(partial, archive)

    const mediaBytes = files.filter((file) => file.path.startsWith('media/')).reduce((sum, file) => sum + file.size, 0)
    console.log(
      `Backed up ${description} and ${media.files.length} media files (${formatSize(mediaBytes)}) from ${media.from}\n` +
        `to ${archive} (${formatSize(fs.statSync(archive).size)}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    )
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
})
