import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { announceChange, listenForChanges } from '@/lib/cache/notices'
import { type LocalRedis, startLocalRedis } from '@/scripts/cluster/redis'

import { redisConnection, type TestRedisClient } from '@/tests/helpers/redisConnection'

let redis: LocalRedis
const clients: TestRedisClient[] = []

function connection() {
  const client = redisConnection(redis.url)
  clients.push(client)
  void client.connect().catch(() => {})
  return client
}

beforeAll(async () => {
  redis = await startLocalRedis()
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  await redis?.close()
})

it('an instance started while Redis was down hears of changes once Redis is up', async () => {
  await redis.stop()
  const heard: number[] = []
  listenForChanges(connection(), () => heard.push(Date.now()))
  await new Promise((resolve) => setTimeout(resolve, 300))
  await redis.start()

  const other = connection()
  const deadline = Date.now() + 10_000
  while (heard.length === 0 && Date.now() < deadline) {
    if (other.isReady) await announceChange(other).catch(() => {})
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  expect(heard.length).toBeGreaterThan(0)
})
