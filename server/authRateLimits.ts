import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { normalisedPath } from './normalisedPath.js'

type Rule = {
  /** What the visitor was trying to do, for the refusal message. */
  action: string
  paths: string[]
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
]

export type RateLimited = { retryAfterSeconds: number; message: string }

function minutes(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds / 60))
  return whole === 1 ? '1 minute' : `${whole} minutes`
}

export function createAuthRateLimiter(rules: Rule[] = AUTH_RATE_LIMITS) {
  const limiters = rules.map((rule) => ({
    rule,
    limiter: new RateLimiterMemory({ keyPrefix: rule.action, points: rule.attempts, duration: rule.perSeconds }),
  }))

  /** Counts a request against its rule; returns why it is refused, or null to let it through. */
  return async function check(method: string, url: string, visitor: string): Promise<RateLimited | null> {
    if (method !== 'POST') return null
    const path = normalisedPath(url)
    const match = limiters.find(({ rule }) => path !== null && rule.paths.includes(path))
    if (!match) return null
    try {
      await match.limiter.consume(visitor)
      return null
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection
      const retryAfterSeconds = Math.ceil(rejection.msBeforeNext / 1000)
      return {
        retryAfterSeconds,
        message: `Too many ${match.rule.action} from your network. Try again in ${minutes(retryAfterSeconds)}.`,
      }
    }
  }
}
