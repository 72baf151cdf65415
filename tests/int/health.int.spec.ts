import { spawn } from 'node:child_process'
import { once } from 'node:events'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { env } from '@/lib/startup/env'

import { getTestPayload } from '@/tests/helpers/payload'
import { rest } from '@/tests/helpers/rest'

const expectedDatabase = process.env.MONGODB_URL ? 'mongodb' : 'sqlite'
const itOnSqlite = expectedDatabase === 'sqlite' ? it : it.skip

/**
 * Another process (`npm run seed`, a backup, a second server on the same file) that holds SQLite's
 * write lock for `ms`. It says "locked" once it has it. A process of its own: libSQL waits for a lock
 * synchronously, so a lock held in this process could never be released while Payload waits.
 */
async function holdWriteLockElsewhere(url: string, ms: number) {
  const holder = spawn(
    process.execPath,
    ['-e', `const { createClient } = require('@libsql/client'); (async () => { const tx = await createClient({ url: ${JSON.stringify(url)} }).transaction('write'); console.log('locked'); setTimeout(() => tx.rollback().then(() => process.exit(0)), ${ms}) })()`],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  await once(holder.stdout, 'data')
  return { released: once(holder, 'exit') }
}

let payload: Payload

/** Closes the adapter's connection underneath Payload, as a crashed or unreachable server would. */
async function disconnectDatabase(instance: Payload): Promise<void> {
  const db = instance.db as unknown as {
    client?: { close(): void }
    connection?: { close(): Promise<void> }
  }
  if (db.connection) await db.connection.close()
  else db.client?.close()
}

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('GET /api/health', () => {
  it('reports ok and which database answers', async () => {
    const response = await rest('GET', '/health')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'ok', database: expectedDatabase })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  itOnSqlite('leaves a save that meets another writer waiting its turn, after any number of checks', async () => {
    for (let check = 0; check < 3; check++) expect((await rest('GET', '/health')).status).toBe(200)
    const { released } = await holdWriteLockElsewhere(env().database.url, 200)
    const topic = await payload.create({ collection: 'topics', data: { name: 'Saved behind another writer' } })
    expect(topic.name).toBe('Saved behind another writer')
    await released
  })

  it('answers 503 with a reason once the database stops answering', async () => {
    await disconnectDatabase(payload)
    const response = await rest('GET', '/health')
    expect(response.status).toBe(503)
    expect(response.body.status).toBe('unavailable')
    expect(response.body.database).toBe(expectedDatabase)
    expect(response.body.reason).toMatch(/database/)
  })
})
