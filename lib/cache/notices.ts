import type { RedisClient } from '../redis/sharedRedis.js'

/** The Redis channel on which instances tell each other that public content changed. */
const CHANNEL = 'solidarity-news:content-changed'

export async function announceChange(client: RedisClient): Promise<void> {
  await client.publish(CHANNEL, String(Date.now()))
}

export async function listenForChanges(subscriber: RedisClient, onChange: () => void): Promise<void> {
  await subscriber.subscribe(CHANNEL, onChange)
}
