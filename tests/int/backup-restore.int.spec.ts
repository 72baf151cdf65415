import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import * as tar from 'tar'

import { seedDemoContent } from '@/seed'

import { type Run, npmRun } from '@/tests/helpers/npmRun'
import { getTestPayload } from '@/tests/helpers/payload'
import { databaseContents, type DatabaseContents, differingFiles, mediaFiles, wipeDatabase } from '@/tests/helpers/storedState'

// The site's own settings (see isolatedEnvironment.ts): SQLite here, MongoDB when MONGODB_URL is set.
const workspace = process.env.TEST_WORKSPACE!
const databaseURL = process.env.DATABASE_URL!
const mediaDir = process.env.MEDIA_DIR!
const onMongo = databaseURL.startsWith('mongodb')

/** What the command itself printed on stderr, without npm's own configuration warnings. */
function errorLines(run: Run): string[] {
  return run.stderr.split('\n').filter((line) => line && !line.startsWith('npm warn'))
}

function onlyArchiveIn(dir: string): string {
  const names = fs.readdirSync(dir)
  expect(names).toEqual([expect.stringMatching(/^solidarity-news-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.tar\.gz$/)])
  return path.join(dir, names[0])
}

function readManifest(archive: string): { database: { kind: string }; files: { path: string; size: number; sha256: string }[] } {
  let text = ''
  tar.t({ file: archive, sync: true, onReadEntry: (entry) => entry.path === 'manifest.json' && entry.on('data', (chunk) => (text += chunk)) })
  return JSON.parse(text)
}

/** A copy of the database's URL naming another database beside it. */
function otherDatabaseURL(name: string): string {
  if (!onMongo) return `file:${path.join(workspace, name, 'site.db')}`
  const url = new URL(databaseURL)
  url.pathname = `${url.pathname}_${name}`
  return url.toString()
}

/** The test's folder, where the database and media live; SQLite's log files come and go with connections. */
function workspaceListing(): string[] {
  return fs
    .readdirSync(workspace)
    // The search index is derived from the database: a restore removes it, and the site rebuilds it.
    .filter((name) => !/-(wal|shm|journal)$/.test(name) && !name.endsWith('.search.db'))
    .sort()
}

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
  process.env.SEED_ADMIN_EMAIL = 'organiser@example.org'
  process.env.SEED_ADMIN_PASSWORD = 'a very long organiser password'
  await seedDemoContent(payload, { demoMode: false, log: () => undefined })
})

describe('a backup taken while the site is writing', () => {
  const copyURL = otherDatabaseURL('copy')

  afterAll(() => wipeDatabase(copyURL))

  it('restores to one consistent moment between the first and the last write', async () => {
    const before = (await payload.count({ collection: 'topics' })).totalDocs
    const out = path.join(workspace, 'backups-while-writing')
    let done = false
    const backup = npmRun('backup', ['--out', out]).finally(() => (done = true))
    let written = 0
    while (!done) {
      await payload.create({ collection: 'topics', data: { name: `Written during the backup ${written}` }, context: { disableRevalidate: true } })
      written++
      // Let the child's exit be noticed: the SQLite driver answers without yielding.
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect((await backup).code).toBe(0)
    expect(written).toBeGreaterThan(0)

    const restore = await npmRun('restore', [onlyArchiveIn(out)], { DATABASE_URL: copyURL, MEDIA_DIR: path.join(workspace, 'copy', 'media') })
    expect(restore.code).toBe(0)
    const topics = (await databaseContents(copyURL)).topics.length
    expect(topics).toBeGreaterThanOrEqual(before)
    expect(topics).toBeLessThanOrEqual(before + written)
  })
})

describe('backup and restore of a stopped site', () => {
  const out = path.join(workspace, 'backups')
  let archive: string
  let database: DatabaseContents
  let media: Map<string, Buffer>
  let workspaceEntries: string[]

  /** The database, the media files and the folders around them are exactly as they were backed up. */
  async function expectUnchanged() {
    expect(await databaseContents(databaseURL)).toEqual(database)
    expect(differingFiles(media, mediaFiles(mediaDir))).toEqual([])
    expect(workspaceListing()).toEqual(workspaceEntries)
  }

  beforeAll(async () => {
    // Newer than anything the backup taken while writing holds.
    await payload.create({ collection: 'topics', data: { name: 'Written after the first backup' }, context: { disableRevalidate: true } })
    // Restoring is for a stopped site: Payload lets go of its database first.
    await payload.destroy()
    if (!onMongo) (payload.db as unknown as { client: { close(): void } }).client.close()
    database = await databaseContents(databaseURL)
    media = mediaFiles(mediaDir)
    const backup = await npmRun('backup', ['--out', out])
    if (backup.code !== 0) throw new Error(`npm run backup failed: ${backup.stderr}`)
    archive = onlyArchiveIn(out)
    workspaceEntries = workspaceListing()
  })

  it('writes one archive, readable only by its owner, whose manifest lists the database and every media file with its sha256', () => {
    expect(fs.statSync(archive).mode & 0o777).toBe(0o600)
    const manifest = readManifest(archive)
    expect(manifest.database.kind).toBe(onMongo ? 'mongodb' : 'sqlite')

    const members: string[] = []
    tar.t({ file: archive, sync: true, onReadEntry: (entry) => members.push(entry.path) })
    expect(members).toEqual(['manifest.json', ...manifest.files.map((file) => file.path)])
    expect(members.filter((member) => member.startsWith('database/')).length).toBeGreaterThan(0)

    const listedMedia = manifest.files.filter((file) => file.path.startsWith('media/'))
    expect(media.size).toBeGreaterThan(0)
    expect(listedMedia.map((file) => file.path.slice('media/'.length)).sort()).toEqual([...media.keys()].sort())
    for (const file of listedMedia) {
      const bytes = media.get(file.path.slice('media/'.length))!
      expect({ path: file.path, size: file.size, sha256: file.sha256 }).toEqual({
        path: file.path,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      })
    }
  })

  it('refuses to overwrite a database that has content unless --force is given', async () => {
    const refused = await npmRun('restore', [archive])
    expect(refused.code).not.toBe(0)
    expect(errorLines(refused)).toEqual([expect.stringMatching(/^restore refused: .*already has content.*--force/)])
    await expectUnchanged()
  })

  describe('refuses a tampered archive, even with --force, and changes nothing', () => {
    let count = 0

    /** The archive unpacked, changed by `tamper`, and packed again with its members in `order`. */
    function tampered(tamper: (dir: string, members: string[]) => string[], options: { preservePaths?: boolean } = {}): string {
      const root = fs.mkdtempSync(path.join(out, '..', '.tamper-'))
      const dir = path.join(root, 'archive')
      fs.mkdirSync(dir)
      tar.x({ file: archive, cwd: dir, sync: true })
      const members = tamper(dir, ['manifest.json', ...readManifest(archive).files.map((file) => file.path)])
      const file = path.join(root, `tampered-${++count}.tar.gz`)
      tar.c({ file, cwd: dir, gzip: true, portable: true, sync: true, ...options }, members)
      return file
    }

    const cases: [string, () => string, RegExp][] = [
      [
        'a media file altered after the backup',
        () =>
          tampered((dir, members) => {
            const file = path.join(dir, members.find((member) => member.startsWith('media/'))!)
            const bytes = fs.readFileSync(file)
            bytes[bytes.length >> 1] ^= 0xff
            fs.writeFileSync(file, bytes)
            return members
          }),
        /the checksum of media\/.+ does not match the manifest/,
      ],
      [
        'a manifest whose checksum was edited',
        () =>
          tampered((dir, members) => {
            const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
            manifest.files[0].sha256 = '0'.repeat(64)
            fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest))
            return members
          }),
        /the checksum of database\/.+ does not match the manifest/,
      ],
      [
        'a file the manifest does not list',
        () =>
          tampered((dir, members) => {
            fs.writeFileSync(path.join(dir, 'media', 'extra.jpg'), 'not from the backup')
            return [...members, 'media/extra.jpg']
          }),
        /media\/extra\.jpg is not listed in the manifest/,
      ],
      [
        'a member that climbs out of its folder',
        () =>
          tampered(
            (dir, members) => {
              fs.writeFileSync(path.join(dir, '..', 'escaped.txt'), 'written outside the restore')
              return [members[0], '../escaped.txt', ...members.slice(1)]
            },
            { preservePaths: true },
          ),
        /\.\.\/escaped\.txt is not a path inside database\/ or media\//,
      ],
      [
        'a byte flipped in the compressed stream',
        () => {
          const file = path.join(out, '..', 'damaged.tar.gz')
          const bytes = fs.readFileSync(archive)
          bytes[bytes.length >> 1] ^= 0xff
          fs.writeFileSync(file, bytes)
          return file
        },
        /cannot be (used|read as a backup archive)/,
      ],
    ]

    it.each(cases)('%s', async (_name, make, reason) => {
      const file = make()
      const entriesWithTheTamperedCopy = workspaceListing()
      const refused = await npmRun('restore', [file, '--force'])
      expect(refused.code).not.toBe(0)
      expect(errorLines(refused)).toEqual([expect.stringMatching(reason)])
      expect(workspaceListing()).toEqual(entriesWithTheTamperedCopy)
      fs.rmSync(file.includes('.tamper-') ? path.dirname(file) : file, { recursive: true })
      await expectUnchanged()
    })
  })

  it('puts back every document and every media file, byte for byte, after both were wiped', async () => {
    await wipeDatabase(databaseURL)
    fs.rmSync(mediaDir, { recursive: true })
    expect(await databaseContents(databaseURL)).not.toEqual(database)

    const restored = await npmRun('restore', [archive])
    expect(restored.code).toBe(0)
    expect(restored.stdout).toContain('Restored the')
    await expectUnchanged()
  })

  it('with --force, replaces content and files that came after the backup', async () => {
    const later = onlyArchiveIn(path.join(workspace, 'backups-while-writing'))
    expect((await npmRun('restore', [later, '--force'])).code).toBe(0)
    fs.writeFileSync(path.join(mediaDir, 'uploaded-after-the-backup.jpg'), 'later upload')
    expect(await databaseContents(databaseURL)).not.toEqual(database)

    const restored = await npmRun('restore', [archive, '--force'])
    expect(restored.code).toBe(0)
    await expectUnchanged()
  })
})
