import type { Payload } from 'payload'

import { pendingMigrations } from '@/lib/startup/pendingMigrations'
import { ConfigError, env } from '@/lib/startup/env'

/** Start-up gives up after this long, well before an orchestrator's patience runs out. */
const START_TIMEOUT_MS = 15_000

function failAfter(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`the database did not answer within ${ms / 1000} s`)), ms).unref()
  })
}

function describe(error: unknown): string {
  if (error instanceof ConfigError) return error.message
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/\bError: /g, '').split('\n')[0]
}

/** Many instances never migrate as they start (see lib/startup/databaseAdapter.ts): one must not serve an older schema. */
async function refuseUnmigratedDatabase(payload: Payload) {
  if (!env().multiInstance) return
  const pending = await pendingMigrations(payload)
  if (pending.length > 0) {
    throw new ConfigError(`the database lacks ${pending.length} migration(s), starting with ${pending[0]}: run \`npm run migrate\` once before starting the instances`)
  }
}

export async function startServer(): Promise<void> {
  try {
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
    const payload = await Promise.race([getPayload({ config }), failAfter(START_TIMEOUT_MS)])
    await refuseUnmigratedDatabase(payload)
  } catch (error) {
    console.error(`solidarity-news cannot start: ${describe(error)}`)
    process.exit(1)
  }
}
