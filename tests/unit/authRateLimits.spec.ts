import { describe, expect, it } from '@jest/globals'

import { createAuthRateLimiter } from '@/server/authRateLimits'
import { normalisedPath } from '@/server/normalisedPath'
import { addressKey, clientAddress } from '@/server/clientAddress'

const rules = [{ action: 'sign-in attempts', paths: ['/api/users/login'], attempts: 3, perSeconds: 600 }]

describe('sign-in rate limit', () => {
  it('refuses the attempt after the allowance with the time to wait', async () => {
    const check = createAuthRateLimiter(rules)
    for (let attempt = 0; attempt < 3; attempt++) expect(await check('POST', '/api/users/login', '192.0.2.1')).toBeNull()
    const refusal = await check('POST', '/api/users/login', '192.0.2.1')
    expect(refusal?.retryAfterSeconds).toBeGreaterThan(590)
    expect(refusal?.retryAfterSeconds).toBeLessThanOrEqual(600)
    expect(refusal?.message).toBe('Too many sign-in attempts from your network. Try again in 10 minutes.')
  })

  it('counts each address on its own', async () => {
    const check = createAuthRateLimiter(rules)
    for (let attempt = 0; attempt < 4; attempt++) await check('POST', '/api/users/login', '192.0.2.1')
    expect(await check('POST', '/api/users/login', '192.0.2.2')).toBeNull()
  })

  it('cannot be dodged by spelling the address differently', async () => {
    const check = createAuthRateLimiter(rules)
    for (const url of ['/api/users/login?x=1', '/api/users/%6Cogin', '//api//users/login/']) {
      expect(normalisedPath(url)).toBe('/api/users/login')
      await check('POST', url, '192.0.2.9')
    }
    expect(await check('POST', '/api/users/login', '192.0.2.9')).not.toBeNull()
  })

  it('leaves other requests alone', async () => {
    const check = createAuthRateLimiter(rules)
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await check('GET', '/api/users/login', '192.0.2.1')).toBeNull()
      expect(await check('POST', '/api/articles', '192.0.2.1')).toBeNull()
    }
  })
})

describe('visitor addresses', () => {
  it('counts an IPv6 visitor by their /64, and an IPv4-mapped address as IPv4', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7')
    expect(addressKey('192.0.2.7')).toBe('192.0.2.7')
  })
})

describe('behind reverse proxies', () => {
  const request = (forwardedFor?: string) =>
    ({ socket: { remoteAddress: '10.0.0.2' }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as never

  it('believes only what the trusted proxies wrote', () => {
    expect(clientAddress(request('203.0.113.9, 198.51.100.7'), 0)).toBe('10.0.0.2')
    expect(clientAddress(request('203.0.113.9, 198.51.100.7'), 1)).toBe('198.51.100.7')
    expect(clientAddress(request('203.0.113.9, 198.51.100.7, 10.0.0.1'), 2)).toBe('198.51.100.7')
    expect(clientAddress(request(), 1)).toBe('10.0.0.2')
  })
})
