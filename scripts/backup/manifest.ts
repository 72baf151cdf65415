import fs from 'node:fs'

import { BackupError } from '@/scripts/backup/BackupError'
import type { Digest } from '@/scripts/backup/checksum'

export const MANIFEST = 'manifest.json'
export const FORMAT = 1
const APP = 'solidarity-news'
export const APP_VERSION: string = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version

export type ArchivedFile = Digest & { path: string }

export type MongoCollection = {
  name: string
  /** One document per line, canonical Extended JSON. */
  documents: string
  /** The collection's index specifications, canonical Extended JSON. */
  indexes: string
  count: number
}

export type ArchivedDatabase = { kind: 'sqlite'; file: string } | { kind: 'mongodb'; collections: MongoCollection[] }

export type Manifest = {
  format: typeof FORMAT
  app: typeof APP
  appVersion: string
  createdAt: string
  database: ArchivedDatabase
  /** Every member of the archive except this manifest, in archive order. */
  files: ArchivedFile[]
}

export function createManifest(database: ArchivedDatabase, files: ArchivedFile[]): Manifest {
  return { format: FORMAT, app: APP, appVersion: APP_VERSION, createdAt: new Date().toISOString(), database, files }
}

/**
 * A member path is relative, under `database/` or `media/`, with no empty, `.` or `..` segment: an
 * archive can never name a file outside the folders a restore writes into.
 */
export function isSafeMemberPath(member: string): boolean {
  const segments = member.split('/')
  return (
    (segments[0] === 'database' || segments[0] === 'media') &&
    segments.length >= 2 &&
    segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..' && !segment.includes('\0'))
  )
}

function refuse(reason: string): never {
  throw new BackupError(`${MANIFEST} is not valid: ${reason}`)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkFiles(value: unknown): ArchivedFile[] {
  if (!Array.isArray(value)) refuse('"files" is not a list')
  const seen = new Set<string>()
  for (const file of value) {
    if (!isRecord(file) || typeof file.path !== 'string') refuse('a file has no path')
    if (!isSafeMemberPath(file.path)) refuse(`"${file.path}" is not a path inside database/ or media/`)
    if (seen.has(file.path)) refuse(`"${file.path}" is listed twice`)
    if (!Number.isSafeInteger(file.size) || (file.size as number) < 0) refuse(`"${file.path}" has no valid size`)
    if (typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256)) refuse(`"${file.path}" has no valid sha256`)
    seen.add(file.path)
  }
  return value as ArchivedFile[]
}

function checkDatabase(value: unknown, listed: Set<string>): ArchivedDatabase {
  const isListedDatabaseFile = (file: unknown) => typeof file === 'string' && file.startsWith('database/') && listed.has(file)
  if (!isRecord(value)) refuse('"database" is missing')
  if (value.kind === 'sqlite') {
    if (!isListedDatabaseFile(value.file)) refuse('the SQLite database file is not among the files')
    return value as ArchivedDatabase
  }
  if (value.kind === 'mongodb') {
    if (!Array.isArray(value.collections)) refuse('the MongoDB collections are missing')
    for (const collection of value.collections) {
      if (!isRecord(collection) || typeof collection.name !== 'string' || !collection.name) refuse('a collection has no name')
      if (!isListedDatabaseFile(collection.documents) || !isListedDatabaseFile(collection.indexes)) {
        refuse(`the files of the collection "${collection.name}" are not among the files`)
      }
      if (!Number.isSafeInteger(collection.count)) refuse(`the collection "${collection.name}" has no document count`)
    }
    return value as ArchivedDatabase
  }
  refuse(`unknown database kind ${JSON.stringify(value.kind)}`)
}

/** Parses a manifest read from an archive, refusing anything this version did not write. */
export function parseManifest(text: string): Manifest {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    refuse('it is not JSON')
  }
  if (!isRecord(value)) refuse('it is not an object')
  if (value.app !== APP) refuse(`it was not written by ${APP}`)
  if (value.format !== FORMAT) refuse(`format ${JSON.stringify(value.format)} is not supported (this version reads format ${FORMAT})`)
  if (typeof value.appVersion !== 'string' || typeof value.createdAt !== 'string') refuse('the version or date is missing')
  const files = checkFiles(value.files)
  const database = checkDatabase(value.database, new Set(files.map((file) => file.path)))
  return { ...(value as Manifest), database, files }
}
