import { getPayload } from 'payload'

import config from '@payload-config'
import { committedMigrations, pendingMigrations } from '@/lib/startup/pendingMigrations'

const payload = await getPayload({ config })
const migrations = committedMigrations(payload)
// Each adapter's list is typed for that adapter; `migrate` takes either.
await payload.db.migrate({ migrations: migrations as never })
const pending = await pendingMigrations(payload)
if (pending.length > 0) throw new Error(`Migrations still pending after migrating: ${pending.join(', ')}`)
console.info(`Migrations: ${migrations.length} of ${migrations.length} applied.`)
await payload.destroy()
process.exit(0)
