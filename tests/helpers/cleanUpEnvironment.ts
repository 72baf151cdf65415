import fs from 'node:fs'

import { afterAll } from '@jest/globals'

afterAll(async () => {
  const payload = globalThis.testPayload
  if (payload) {
    if (process.env.MONGODB_URL) {
      const db = payload.db as unknown as { connection: { readyState: number; dropDatabase(): Promise<unknown> } }
      // A test may have closed the connection on purpose; the database must still be dropped.
      if (db.connection.readyState !== 1) await payload.db.connect?.()
      await (payload.db as unknown as typeof db).connection.dropDatabase()
    }
    await payload.destroy().catch(() => undefined)
    globalThis.testPayload = undefined
  }
  const workspace = process.env.TEST_WORKSPACE
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true })
})
