import { type Client, createClient } from '@libsql/client'

import { SQLITE_LOCK_WAIT_MS } from '@/lib/database/sqliteLockWait'

const probes = new Map<string, Promise<Client>>()

function probeConnection(url: string): Promise<Client> {
  let probe = probes.get(url)
  if (!probe) {
    probe = (async () => {
      const client = createClient({ url })
      await client.execute(`PRAGMA busy_timeout = ${SQLITE_LOCK_WAIT_MS}`)
      return client
    })()
    // A connection that could not open is tried again at the next check, not remembered.
    probe.catch(() => probes.delete(url))
    probes.set(url, probe)
  }
  return probe
}

/**
 * Takes SQLite's write lock for a moment and gives it back, on a connection of its own that waits for
 * another writer as long as a save would. Never on Payload's: libSQL hands a transaction the client's
 * connection and opens a fresh one for what follows, without Payload's busy timeout. After one such
 * check every write that met another writer (the jobs queue, `npm run seed`) failed at once, and a
 * sign-in whose session write failed was refused with 403. A batch keeps the connection it runs on.
 */
export async function probeSqliteWrites(url: string): Promise<void> {
  const probe = await probeConnection(url)
  try {
    await probe.batch([], 'write')
  } catch (error) {
    // A statement refused the lock stays active inside libSQL until it is garbage-collected, and
    // keeps its connection on an old snapshot meanwhile: the next check starts on a fresh one.
    probes.delete(url)
    probe.close()
    throw error
  }
}
