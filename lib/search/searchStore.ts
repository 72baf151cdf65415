import type { Payload } from 'payload'

import { env } from '@/lib/env'

import { createMongoSearchStore } from './mongoStore'
import { searchIndexFile } from './indexFile'
import { createSqliteSearchStore } from './sqliteStore'
import type { SearchStore } from './store'

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
