// `npm run restore -- <archive> [--force]`: checks every file of an archive made by `npm run backup`
// against its manifest, then puts the database and the media (folder or bucket) back. Stop the site first.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { DatabaseConfig } from '@/lib/startup/env'

import { readArchive } from '@/scripts/backup/archive'
import { BackupError } from '@/scripts/backup/BackupError'
import { runCommand } from '@/scripts/backup/cli'
import { APP_VERSION, type Manifest } from '@/scripts/backup/manifest'
import { checkReplaceable, putMediaInPlace } from '@/scripts/backup/media'
import { importMongoDatabase, mongoHasContent } from '@/scripts/backup/mongodb'
import { storedData } from '@/scripts/backup/settings'
import { checkSqliteDatabase, replaceSqliteDatabase, sqliteHasContent } from '@/scripts/backup/sqlite'

const KIND = { sqlite: 'SQLite', mongodb: 'MongoDB' } as const

type Target = { kind: 'sqlite'; file: string } | { kind: 'mongodb'; url: string }

function targetOf(database: DatabaseConfig): Target {
  if (database.kind === 'mongodb') return database
  if (!database.file) throw new BackupError(`DATABASE_URL "${database.url}" is an in-memory database; restore into a file`)
  return { kind: 'sqlite', file: database.file }
}

function hasContent(target: Target): Promise<boolean> {
  return target.kind === 'sqlite' ? sqliteHasContent(target.file) : mongoHasContent(target.url)
}

/** Database files are staged beside the database file (one rename puts it in place), or anywhere for MongoDB. */
function databaseStaging(target: Target): string {
  if (target.kind === 'mongodb') return fs.mkdtempSync(path.join(os.tmpdir(), 'solidarity-news-restore-'))
  fs.mkdirSync(path.dirname(target.file), { recursive: true })
  return fs.mkdtempSync(path.join(path.dirname(target.file), `.${path.basename(target.file)}.restore-`))
}

async function putDatabaseInPlace(target: Target, database: Manifest['database'], staged: (member: string) => string): Promise<void> {
  if (target.kind === 'sqlite' && database.kind === 'sqlite') {
    await checkSqliteDatabase(staged(database.file))
    replaceSqliteDatabase(staged(database.file), target.file)
  } else if (target.kind === 'mongodb' && database.kind === 'mongodb') {
    await importMongoDatabase(target.url, database.collections, staged)
  }
}

await runCommand('restore refused', async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } })
  if (positionals.length !== 1) throw new BackupError('name one archive: npm run restore -- <archive> [--force]')
  const archive = path.resolve(positionals[0])
  const stored = storedData()
  const { mediaDir } = stored
  const target = targetOf(stored.database)
  const where = target.kind === 'sqlite' ? target.file : 'the MongoDB database in DATABASE_URL'
  checkReplaceable(stored)
  if (!values.force && (await hasContent(target))) {
    throw new BackupError(`${where} already has content; stop the site and add --force to replace it and its media (npm run restore -- ${positionals[0]} --force)`)
  }

  // Everything is unpacked and checked beside where it will go; the live data is touched only after.
  const databaseFolder = databaseStaging(target)
  fs.mkdirSync(path.dirname(mediaDir), { recursive: true })
  const mediaFolder = fs.mkdtempSync(path.join(path.dirname(mediaDir), `.${path.basename(mediaDir)}.restore-`))
  const staged = (member: string) =>
    member.startsWith('media/') ? path.join(mediaFolder, member.slice('media/'.length)) : path.join(databaseFolder, member)
  try {
    const manifest = await readArchive(archive, {
      extractTo: staged,
      onManifest: ({ database: archived }) => {
        if (archived.kind !== target.kind) {
          throw new BackupError(`${path.basename(archive)} holds a ${KIND[archived.kind]} database, but DATABASE_URL names a ${KIND[target.kind]} one`)
        }
      },
    })
    await putDatabaseInPlace(target, manifest.database, staged)
    const mediaPlace = await putMediaInPlace(stored, mediaFolder)

    const mediaFiles = manifest.files.filter((file) => file.path.startsWith('media/')).length
    console.log(
      `Restored the ${KIND[target.kind]} database (${where}) and ${mediaFiles} media files (${mediaPlace})\n` +
        `from ${archive}, made ${manifest.createdAt} by solidarity-news ${manifest.appVersion}.`,
    )
    if (manifest.appVersion !== APP_VERSION) console.log(`Note: the archive comes from version ${manifest.appVersion}; this is ${APP_VERSION}.`)
    console.log('Start the site, then refresh its cached pages: POST /next/revalidate signed in as an editor (see docs/operations.md).')
  } finally {
    fs.rmSync(databaseFolder, { recursive: true, force: true })
    fs.rmSync(mediaFolder, { recursive: true, force: true })
  }
})
