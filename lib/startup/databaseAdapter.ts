import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations'
import { migrations as mongodbMigrations } from '@/migrations/mongodb'

import { SQLITE_LOCK_WAIT_MS } from '@/lib/database/sqliteLockWait'
import type { DatabaseConfig } from '@/lib/startup/env'
import { indexLocalizedTexts } from '@/lib/startup/indexLocalizedTexts'

/** How long start-up waits for MongoDB before giving up; the driver's own default is 30 s. */
const MONGODB_SELECTION_TIMEOUT_MS = 5000

export function databaseAdapter(database: DatabaseConfig, migrationDir: string, { multiInstance = false } = {}): DatabaseAdapterObj {
  if (database.kind === 'mongodb') {
    return mongooseAdapter({
      url: database.url,
      connectOptions: {
        serverSelectionTimeoutMS: MONGODB_SELECTION_TIMEOUT_MS,
        connectTimeoutMS: MONGODB_SELECTION_TIMEOUT_MS,
      },
      // MongoDB has no schema, but data whose shape changed (localized fields) is rewritten by its
      // own committed migrations, applied exactly as SQLite's are (see below).
      migrationDir: path.join(migrationDir, 'mongodb'),
      prodMigrations: multiInstance ? undefined : mongodbMigrations,
    })
  }
  if (database.file) fs.mkdirSync(path.dirname(database.file), { recursive: true })
  return sqliteAdapter({
    client: { url: database.url },
    migrationDir,
    // One production process applies the committed migrations as it starts; development and tests
    // push the schema. Many instances would race each other, so `npm run migrate` runs them first.
    prodMigrations: multiInstance ? undefined : migrations,
    // Concurrent readers (visitors) must not wait for a writer (an editor, the jobs queue).
    wal: database.file !== null,
    busyTimeout: SQLITE_LOCK_WAIT_MS,
    afterSchemaInit: [indexLocalizedTexts],
  })
}
