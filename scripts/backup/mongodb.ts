import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { BSON, type Db, type Document, type IndexDescription, MongoClient } from 'mongodb'

import { BackupError } from '@/scripts/backup/BackupError'
import type { MongoCollection } from '@/scripts/backup/manifest'

const { EJSON } = BSON
/** Canonical Extended JSON keeps every BSON type (Int32 or Double, Decimal128, dates) as it was. */
const CANONICAL = { relaxed: false }
const INSERT_BATCH = 1000
/** Payload's record of applied migrations: present in a database nobody has used yet. */
const BOOKKEEPING_COLLECTIONS = ['payload-migrations']

async function withDatabase<T>(url: string, work: (db: Db) => Promise<T>): Promise<T> {
  // Fail within seconds, as the site does, rather than after the driver's 30 s default.
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 5000, connectTimeoutMS: 5000 })
  try {
    await client.connect()
  } catch (error) {
    throw new BackupError(`cannot connect to MongoDB (DATABASE_URL): ${(error as Error).message}`)
  }
  try {
    return await work(client.db())
  } finally {
    await client.close()
  }
}

async function collectionNames(db: Db): Promise<string[]> {
  const collections = await db.listCollections({ type: 'collection' }, { nameOnly: true }).toArray()
  return collections.map(({ name }) => name).filter((name) => !name.startsWith('system.'))
}

/**
 * Writes every collection into `dir` (the archive's `database/` folder) as two files: its documents, one canonical Extended JSON
 * document a line, streamed from a cursor; and its index specifications. Collections are read one
 * after another, each as it is at that moment.
 */
export async function exportMongoDatabase(url: string, dir: string): Promise<MongoCollection[]> {
  return withDatabase(url, async (db) => {
    const exported: MongoCollection[] = []
    for (const name of (await collectionNames(db)).sort()) {
      const base = encodeURIComponent(name)
      let count = 0
      const lines = async function* () {
        for await (const document of db.collection(name).find({}, { sort: { _id: 1 } })) {
          count++
          yield `${EJSON.stringify(document, CANONICAL)}\n`
        }
      }
      await pipeline(Readable.from(lines()), fs.createWriteStream(path.join(dir, `${base}.ejson`), { flags: 'wx', mode: 0o600 }))
      const indexes = await db.collection(name).indexes()
      fs.writeFileSync(path.join(dir, `${base}.indexes.ejson`), EJSON.stringify(indexes, CANONICAL), { flag: 'wx', mode: 0o600 })
      exported.push({ name, documents: `database/${base}.ejson`, indexes: `database/${base}.indexes.ejson`, count })
    }
    return exported
  })
}

/** True when any collection other than Payload's bookkeeping holds a document. */
export async function mongoHasContent(url: string): Promise<boolean> {
  return withDatabase(url, async (db) => {
    for (const name of await collectionNames(db)) {
      if (!BOOKKEEPING_COLLECTIONS.includes(name) && (await db.collection(name).findOne({}, { projection: { _id: 1 } }))) return true
    }
    return false
  })
}

async function loadCollection(db: Db, stagedName: string, documentsFile: string, indexesFile: string): Promise<void> {
  const staged = await db.createCollection(stagedName)
  let batch: Document[] = []
  for await (const line of readline.createInterface({ input: fs.createReadStream(documentsFile), crlfDelay: Infinity })) {
    if (!line) continue
    batch.push(EJSON.parse(line, CANONICAL) as Document)
    if (batch.length === INSERT_BATCH) {
      await staged.insertMany(batch)
      batch = []
    }
  }
  if (batch.length > 0) await staged.insertMany(batch)
  const indexes = (EJSON.parse(fs.readFileSync(indexesFile, 'utf8'), CANONICAL) as Document[])
    .filter((index) => index.name !== '_id_')
    .map(({ v: _version, ns: _namespace, ...index }) => index as IndexDescription)
  if (indexes.length > 0) await staged.createIndexes(indexes)
}

/**
 * Makes the database hold exactly the archived collections. Each is loaded, with its indexes, into a
 * staging collection first; only when all are loaded does each replace its namesake with one rename,
 * and collections the archive does not have are dropped.
 */
export async function importMongoDatabase(url: string, collections: MongoCollection[], fileOf: (member: string) => string): Promise<void> {
  await withDatabase(url, async (db) => {
    const suffix = `.restoring-${process.pid}`
    const staged = collections.map((collection) => ({ ...collection, stagedName: `${collection.name}${suffix}` }))
    try {
      for (const collection of staged) {
        await db.collection(collection.stagedName).drop().catch(() => undefined)
        await loadCollection(db, collection.stagedName, fileOf(collection.documents), fileOf(collection.indexes))
      }
    } catch (error) {
      for (const { stagedName } of staged) await db.collection(stagedName).drop().catch(() => undefined)
      throw error
    }
    for (const { stagedName, name } of staged) await db.collection(stagedName).rename(name, { dropTarget: true })
    const archived = new Set(collections.map(({ name }) => name))
    for (const name of await collectionNames(db)) {
      if (!archived.has(name)) await db.collection(name).drop()
    }
    for (const { name, count } of collections) {
      const restored = await db.collection(name).countDocuments()
      if (restored !== count) throw new BackupError(`the collection ${name} holds ${restored} documents after the restore, the archive ${count}`)
    }
  })
}
