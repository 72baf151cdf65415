import type { Endpoint, PayloadRequest } from 'payload'

import { probeSqliteWrites } from '@/lib/database/sqliteWriteProbe'
import { env } from '@/lib/startup/env'

const DATABASE_TIMEOUT_MS = 3000

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()
  })
}

/**
 * A database that answers reads may still refuse writes (SQLite locked by another process), and an
 * editor's save would fail: the check takes the write lock for a moment, and gives it back.
 */
async function databaseAnswers(payload: PayloadRequest['payload']): Promise<void> {
  await payload.count({ collection: 'users', overrideAccess: true })
  const { database } = env()
  if (database.kind === 'sqlite') await probeSqliteWrites(database.url)
}

/** `GET /api/health`: for load balancers and uptime checks; asks the database a real question. */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const database = env().database.kind
    try {
      await Promise.race([
        databaseAnswers(req.payload),
        timeout(DATABASE_TIMEOUT_MS),
      ])
      return Response.json({ status: 'ok', database }, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      req.payload.logger.error(`Health check failed: ${reason}`)
      return Response.json(
        { status: 'unavailable', database, reason: 'the database did not answer' },
        { status: 503, headers: { 'Cache-Control': 'no-store' } },
      )
    }
  },
}
