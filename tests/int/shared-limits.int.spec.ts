import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type LocalRedis, startLocalRedis } from '@/scripts/cluster/redis'
import { createAuthRateLimiter } from '@/server/authRateLimits'

import { redisConnection, type TestRedisClient } from '@/tests/helpers/redisConnection'

const rules = [{ action: 'sign-in attempts', paths: ['/api/users/login'], attempts: 10, perSeconds: 600 }]

let redis: LocalRedis
const clients: TestRedisClient[] = []

/** One instance's connection, as lib/startup/sharedRedis.ts opens it: failing at once while Redis is away. */
async function instanceConnection() {
  const client = redisConnection(redis.url)
  clients.push(client)
  await client.connect()
  return client
}

beforeAll(async () => {
  redis = await startLocalRedis()
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  await redis?.close()
})

describe('sign-in limits across instances', () => {
  it('refuses the 11th attempt when attempts alternate between two instances', async () => {
    const [a, b] = [createAuthRateLimiter(rules, await instanceConnection()), createAuthRateLimiter(rules, await instanceConnection())]
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(await (attempt % 2 ? b : a)('POST', '/api/users/login', '198.51.100.7')).toBeNull()
    }
    const refusal = await b('POST', '/api/users/login', '198.51.100.7')
    expect(refusal?.retryAfterSeconds).toBeGreaterThan(0)
  })

  it('counts in memory while Redis is away, and shares counts again when it returns', async () => {
    const client = await instanceConnection()
    const check = createAuthRateLimiter(rules, client)
    await redis.stop()
    for (let attempt = 0; attempt < 10; attempt++) expect(await check('POST', '/api/users/login', '198.51.100.8')).toBeNull()
    expect(await check('POST', '/api/users/login', '198.51.100.8')).not.toBeNull()

    await redis.start()
    const deadline = Date.now() + 10_000
    while (!client.isReady && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
    const other = createAuthRateLimiter(rules, await instanceConnection())
    for (let attempt = 0; attempt < 10; attempt++) await check('POST', '/api/users/login', '198.51.100.9')
    expect(await other('POST', '/api/users/login', '198.51.100.9')).not.toBeNull()
  })
})
