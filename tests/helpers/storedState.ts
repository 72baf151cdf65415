import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { BSON, MongoClient } from 'mongodb'

import { parseDatabaseURL } from '@/lib/startup/env'

/** Every row of every table (SQLite, schema included) or every document of every collection (MongoDB), as text. */
export type DatabaseContents = Record<string, string[]>

async function sqliteContents(file: string): Promise<DatabaseContents> {
  // Integers as strings and blobs as hex, so nothing is rounded or lost on the way to a comparison.
  const client = createClient({ url: `file:${file}`, intMode: 'string' })
  try {
    const contents: DatabaseContents = {}
    const schema = await client.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    contents['(schema)'] = schema.rows.map((row) => JSON.stringify([row.type, row.name, row.sql]))
    for (const row of schema.rows.filter((entry) => entry.type === 'table')) {
      const table = String(row.name)
      const { columns, rows } = await client.execute(`SELECT * FROM "${table.replaceAll('"', '""')}" ORDER BY rowid`)
      contents[table] = rows.map((values) =>
        JSON.stringify(columns.map((column, i) => [column, values[i] instanceof ArrayBuffer ? Buffer.from(values[i]).toString('hex') : values[i]])),
      )
    }
    return contents
  } finally {
    client.close()
  }
}

async function mongoContents(url: string): Promise<DatabaseContents> {
  const client = await MongoClient.connect(url, { serverSelectionTimeoutMS: 5000 })
  try {
    const db = client.db()
    const contents: DatabaseContents = {}
    for (const { name } of await db.listCollections({ type: 'collection' }, { nameOnly: true }).toArray()) {
      const documents = await db.collection(name).find({}, { sort: { _id: 1 } }).toArray()
      contents[name] = documents.map((document) => BSON.EJSON.stringify(document, { relaxed: false }))
      contents[`${name} (indexes)`] = (await db.collection(name).indexes()).map((index) => BSON.EJSON.stringify(index, { relaxed: false }))
    }
    return contents
  } finally {
    await client.close()
  }
}

/** What the database at `databaseURL` holds; an empty record when there is no database yet. */
export async function databaseContents(databaseURL: string): Promise<DatabaseContents> {
  const database = parseDatabaseURL(databaseURL)
  if (database.kind === 'mongodb') return mongoContents(database.url)
  if (!database.file || !fs.existsSync(database.file)) return {}
  return sqliteContents(database.file)
}

/** Deletes the database: the SQLite file with its log, or the MongoDB database. */
export async function wipeDatabase(databaseURL: string): Promise<void> {
  const database = parseDatabaseURL(databaseURL)
  if (database.kind === 'mongodb') {
    const client = await MongoClient.connect(database.url, { serverSelectionTimeoutMS: 5000 })
    await client.db().dropDatabase()
    await client.close()
    return
  }
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${database.file}${suffix}`, { force: true })
}

/** Every file under `dir`, by path relative to it, with its bytes. */
export function mediaFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  if (!fs.existsSync(dir)) return files
  for (const relative of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, relative)
    if (fs.statSync(file).isFile()) files.set(relative, fs.readFileSync(file))
  }
  return files
}

/** Paths missing on either side or whose bytes differ. */
export function differingFiles(expected: Map<string, Buffer>, actual: Map<string, Buffer>): string[] {
  const paths = new Set([...expected.keys(), ...actual.keys()])
  return [...paths]
    .filter((file) => {
      const [before, after] = [expected.get(file), actual.get(file)]
      return !before || !after || !before.equals(after)
    })
    .sort()
}
