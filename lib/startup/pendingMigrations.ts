import type { Payload } from 'payload'

import { migrations } from '@/migrations'
import { migrations as mongodbMigrations } from '@/migrations/mongodb'

/** The committed migrations for the database this Payload runs on. */
export function committedMigrations(payload: Payload): { name: string }[] {
  return payload.db.name === 'mongoose' ? mongodbMigrations : migrations
}

/** The committed migrations this database has not had yet, by name. */
export async function pendingMigrations(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'payload-migrations', pagination: false, depth: 0, overrideAccess: true })
  const applied = new Set(docs.map((doc) => doc.name))
  return committedMigrations(payload)
    .map((migration) => migration.name)
    .filter((name) => !applied.has(name))
}
