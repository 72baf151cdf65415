import type { Payload } from 'payload'

import { env } from '@/lib/startup/env'

import { createMongoSearchStore } from '@/lib/search/mongoStore'
import { searchIndexFile } from '@/lib/search/indexFile'
import { createSqliteSearchStore } from '@/lib/search/sqliteStore'
import type { SearchStore } from '@/lib/search/store'

const stores = new WeakMap<Payload, SearchStore>()

/** The search index of the database Payload runs on. */
export function searchStoreOf(payload: Payload): SearchStore {
  let store = stores.get(payload)
  if (!store) {
    const { database } = env()
    store = database.kind === 'mongodb' ? createMongoSearchStore(payload) : createSqliteSearchStore(searchIndexFile(database.file))
    stores.set(payload, store)
  }
  return store
}
