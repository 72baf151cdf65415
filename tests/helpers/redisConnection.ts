import { createClient } from 'redis'

export type TestRedisClient = ReturnType<typeof createClient>

/** A connection as lib/startup/sharedRedis.ts opens one: failing at once while Redis is away, reconnecting quickly. */
export function redisConnection(url: string): TestRedisClient {
  const client = createClient({ url, disableOfflineQueue: true, socket: { reconnectStrategy: () => 100 } })
  client.on('error', () => {})
  return client
}
