import type { RedisClient } from '@/lib/startup/sharedRedis'

/** The Redis channel on which instances tell each other that public content changed. */
const CHANNEL = 'solidarity-news:content-changed'

export async function announceChange(client: RedisClient): Promise<void> {
  await client.publish(CHANNEL, String(Date.now()))
}

/**
 * Calls `onChange` at every notice, from now on. A subscription asked for while Redis is away fails,
 * and the client restores after a reconnection only those that succeeded: it is asked again then.
 */
export function listenForChanges(subscriber: RedisClient, onChange: () => void): void {
  const subscribe = () => void subscriber.subscribe(CHANNEL, onChange).catch(() => subscriber.once('ready', subscribe))
  subscribe()
}
