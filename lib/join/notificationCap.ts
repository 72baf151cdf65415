import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import { NOTIFICATIONS_PER_HOUR } from '@/lib/join/limits'
import { env } from '@/lib/startup/env'
import { type RedisClient, sharedRedis } from '@/lib/startup/sharedRedis'

/** Takes one notification from the hour's allowance: true while some is left. */
export type NotificationCap = () => Promise<boolean>

const SITE = 'site'

/**
 * The site-wide allowance of organisers' notifications, counted in Redis among many instances (as
 * the sign-in limits are, see server/authRateLimits.ts) and in memory on one; while Redis is away
 * each instance counts in memory meanwhile.
 */
export function createNotificationCap(perHour: number = NOTIFICATIONS_PER_HOUR, redis: RedisClient | null = null): NotificationCap {
  const options = { keyPrefix: 'join notifications', points: perHour, duration: 60 * 60 }
  const inMemory = new RateLimiterMemory(options)
  const limiter = redis
    ? new RateLimiterRedis({
        ...options,
        keyPrefix: 'solidarity-news:limits:join-notifications',
        storeClient: redis,
        useRedisPackage: true,
        rejectIfRedisNotReady: true,
        insuranceLimiter: inMemory,
      })
    : inMemory
  return async () => {
    try {
      await limiter.consume(SITE)
      return true
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return false
      throw rejection
    }
  }
}

/** The bundles of one process share its allowance, as they share its Redis connection. */
const SHARED = Symbol.for('solidarity-news.join-notification-cap')

/** This process's allowance: in Redis when REDIS_URL is set. */
export function notificationCap(): NotificationCap {
  const holder = globalThis as { [SHARED]?: NotificationCap }
  holder[SHARED] ??= createNotificationCap(NOTIFICATIONS_PER_HOUR, sharedRedis(env().redisURL)?.client ?? null)
  return holder[SHARED]
}
