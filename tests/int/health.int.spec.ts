import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { getTestPayload } from '@/tests/helpers/payload'
import { rest } from '@/tests/helpers/rest'

const expectedDatabase = process.env.MONGODB_URL ? 'mongodb' : 'sqlite'

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

  it('answers 503 with a reason once the database stops answering', async () => {
    await disconnectDatabase(payload)
    const response = await rest('GET', '/health')
    expect(response.status).toBe(503)
    expect(response.body.status).toBe('unavailable')
    expect(response.body.database).toBe(expectedDatabase)
    expect(response.body.reason).toMatch(/database/)
  })
})
