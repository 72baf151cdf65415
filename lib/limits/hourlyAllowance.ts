import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import { env } from '@/lib/startup/env'
import { type RedisClient, sharedRedis } from '@/lib/startup/sharedRedis'

/** Takes one from the hour's allowance: true while some is left. */
export type HourlyAllowance = () => Promise<boolean>

const SITE = 'site'

/**
 * A site-wide allowance per hour (organisers' notifications, automatic takedowns), counted in Redis
 * among many instances (as the sign-in limits are, see server/authRateLimits.ts) and in memory on
 * one; while Redis is away each instance counts in memory meanwhile.
 */
export function createHourlyAllowance(name: string, perHour: number, redis: RedisClient | null = null): HourlyAllowance {
  const options = { keyPrefix: name, points: perHour, duration: 60 * 60 }
  const inMemory = new RateLimiterMemory(options)
  const limiter = redis
    ? new RateLimiterRedis({
        ...options,
        keyPrefix: `solidarity-news:limits:${name}`,
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

/** The bundles of one process share each allowance, as they share its Redis connection. */
const SHARED = Symbol.for('solidarity-news.hourly-allowances')

/** This process's allowance of that name: in Redis when REDIS_URL is set. */
export function hourlyAllowance(name: string, perHour: number): HourlyAllowance {
  const holder = globalThis as { [SHARED]?: Map<string, HourlyAllowance> }
  holder[SHARED] ??= new Map()
  let allowance = holder[SHARED].get(name)
  if (!allowance) {
    allowance = createHourlyAllowance(name, perHour, sharedRedis(env().redisURL)?.client ?? null)
    holder[SHARED].set(name, allowance)
  }
  return allowance
}
