import { getPayload } from 'payload'

import config from '@payload-config'
import { pendingMigrations } from '@/lib/startup/pendingMigrations'
import { env } from '@/lib/startup/env'
import { migrations } from '@/migrations'

const payload = await getPayload({ config })
if (env().database.kind === 'mongodb') {
  console.info('Nothing to migrate: MongoDB needs no schema migrations, and each instance builds its indexes as it starts.')
} else {
  // The generated list is typed for the SQLite adapter; `migrate` takes any adapter's.
  await payload.db.migrate({ migrations: migrations as never })
  const pending = await pendingMigrations(payload)
  if (pending.length > 0) throw new Error(`Migrations still pending after migrating: ${pending.join(', ')}`)
  console.info(`Migrations: ${migrations.length} of ${migrations.length} applied.`)
}
await payload.destroy()
process.exit(0)
