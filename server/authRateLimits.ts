import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import { languageCodes } from '@/i18n/languages'
import type { RedisClient } from '@/lib/startup/sharedRedis'
import { localizedPath } from '@/lib/urls/localizedPath'
import { REMOVAL_POSTS_PER_HOUR } from '@/lib/removal/limits'

import { normalisedPath } from '@/server/normalisedPath'

/** Where the join form is sent (a POST to its own page), in every language. */
export const JOIN_FORM_ADDRESSES = languageCodes.map((code) => localizedPath(code, '/join'))

/** Where a photo's removal form is sent (a POST to its own page, `/uk/photos/<id>/remove`), in every language. */
export const REMOVAL_FORM_ADDRESS = new RegExp(`^(?:${languageCodes.map((code) => localizedPath(code, '')).join('|')})/photos/[^/]+/remove$`)

type Rule = {
  /** What the visitor was trying to do, for the refusal message. */
  action: string
  /** Exact paths, or patterns for addresses that carry an id. */
  paths: readonly (string | RegExp)[]
  attempts: number
  perSeconds: number
}

/**
 * Per visitor address. Generous for people (an organiser mistyping a password a few times, an admin
 * adding a group's accounts), hopeless for guessing: the per-account lock-out stops guessing one
 * password, these stop trying one password against many accounts and flooding the mail server.
 */
export const AUTH_RATE_LIMITS: Rule[] = [
  { action: 'sign-in attempts', paths: ['/api/users/login'], attempts: 10, perSeconds: 10 * 60 },
  {
    action: 'password reset requests',
    paths: ['/api/users/forgot-password', '/api/users/reset-password'],
    attempts: 5,
    perSeconds: 60 * 60,
  },
  { action: 'new accounts', paths: ['/api/users', '/api/users/first-register'], attempts: 20, perSeconds: 60 * 60 },
  // The join form, in every language: a person correcting their message a few times stays well within.
  { action: 'messages', paths: JOIN_FORM_ADDRESSES, attempts: 10, perSeconds: 60 * 60 },
  // Beside the cap on what each address may have waiting (lib/removal/limits.ts): this one stops a flood of posts.
  { action: 'takedown requests', paths: [REMOVAL_FORM_ADDRESS], attempts: REMOVAL_POSTS_PER_HOUR, perSeconds: 60 * 60 },
]

export type RateLimited = { retryAfterSeconds: number; message: string; path: string }

function minutes(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds / 60))
  return whole === 1 ? '1 minute' : `${whole} minutes`
}

/**
 * Counts in memory on one process. Among many instances the counts live in Redis, so alternating
 * between instances gains nothing; while Redis is away each instance counts in memory meanwhile.
 */
function limiterFor(rule: Rule, redis: RedisClient | null) {
  const options = { keyPrefix: rule.action, points: rule.attempts, duration: rule.perSeconds }
  const inMemory = new RateLimiterMemory(options)
  if (!redis) return inMemory
  return new RateLimiterRedis({
    ...options,
    keyPrefix: `solidarity-news:limits:${rule.action}`,
    storeClient: redis,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    insuranceLimiter: inMemory,
  })
}

export function createAuthRateLimiter(rules: Rule[] = AUTH_RATE_LIMITS, redis: RedisClient | null = null) {
  const limiters = rules.map((rule) => ({ rule, limiter: limiterFor(rule, redis) }))

  /** Counts a request against its rule; returns why it is refused, or null to let it through. */
  return async function check(method: string, url: string, visitor: string): Promise<RateLimited | null> {
    if (method !== 'POST') return null
    const path = normalisedPath(url)
    if (path === null) return null
    const match = limiters.find(({ rule }) => rule.paths.some((pattern) => (typeof pattern === 'string' ? pattern === path : pattern.test(path))))
    if (!match) return null
    try {
      await match.limiter.consume(visitor)
      return null
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection
      const retryAfterSeconds = Math.ceil(rejection.msBeforeNext / 1000)
      return {
        path,
        retryAfterSeconds,
        message: `Too many ${match.rule.action} from your network. Try again in ${minutes(retryAfterSeconds)}.`,
      }
    }
  }
}
