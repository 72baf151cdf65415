import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { anyText, encodePart } from '@/tests/e2e/bad-input/hostile'
import { attack, expectRefused, json, runs, suite } from '@/tests/e2e/bad-input/suite'

export function describeSignIn() {
  describe('sign-in endpoints', () => {
    it('refuse garbage logins and reset requests without a server error', async () => {
      const logins = [
        { email: { $ne: null }, password: { $ne: null } },
        { email: ['organiser@example.org'], password: 'x' },
        { email: `${'a'.repeat(10_000)}@example.org`, password: 'x'.repeat(100_000) },
      ]
      for (const body of logins) expectRefused(await attack('sign-in', { method: 'POST', path: '/api/users/login', ...json(body) }))
      expectRefused(await attack('sign-in', { method: 'POST', path: '/api/users/login', body: '--x\r\n', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } }))
      for (const body of [{ email: { $gt: '' } }, { email: '<script>alert(1)</script>@example.org' }]) {
        await attack('sign-in', { method: 'POST', path: '/api/users/forgot-password', ...json(body) })
      }
      for (const body of [JSON.stringify({ email: 'new@example.org', password: 'p', role: 'admin' }), '{"__proto__":{"role":"admin"}}']) {
        for (const path of ['/api/users', '/api/users/first-register']) {
          expectRefused(await attack('sign-in', { method: 'POST', path, body, headers: { 'Content-Type': 'application/json' } }))
        }
      }
    })

    it('treat any forged or broken credential as a visitor', async () => {
      const header = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
      const forged = `${header({ alg: 'none', typ: 'JWT' })}.${header({ id: 1, collection: 'users', email: 'organiser@example.org', role: 'admin' })}.`
      const credential: fc.Arbitrary<Record<string, string>> = fc.oneof(
        anyText(300).map((text) => ({ Authorization: `JWT ${encodePart(text)}` })),
        fc.constantFrom<Record<string, string>>(
          { Authorization: `JWT ${forged}` },
          { Authorization: `Bearer ${forged}` },
          { Cookie: `payload-token=${forged}` },
          { Authorization: `JWT ${suite.target.adminToken.slice(0, -4)}AAAA` },
          { Authorization: 'users API-Key ../../etc/passwd' },
          { Authorization: `JWT ${'a.'.repeat(5000)}` },
        ),
      )
      await fc.assert(
        fc.asyncProperty(credential, fc.constantFrom('/api/users/me', '/api/articles?draft=true', '/api/media?where[visibility][equals]=review', `/news/${suite.planted.draft.slug}`), async (headers, path) => {
          const answer = await attack('credentials', { path, headers })
          if (path === '/api/users/me') expect(JSON.parse(answer.text).user).toBeNull()
        }),
        runs(80),
      )
    }, 120_000)

    it('answer garbage sent to the account endpoints without a server error', async () => {
      for (const path of ['/api/users/refresh-token', '/api/users/logout', '/api/users/reset-password', '/api/users/verify/garbage', '/api/users/unlock', '/api/users/access']) {
        await attack('credentials', { method: 'POST', path, headers: { Cookie: 'payload-token=forged', 'Content-Type': 'application/json' }, body: '{"token":"x","password":"y","email":"x@example.org"}' })
      }
    })

    it('answer garbage sent to GraphQL without a server error', async () => {
      const queries = [
        '{',
        JSON.stringify({ query: `{${'Articles{docs{topics{'.repeat(200)}}}` }),
        JSON.stringify({ query: '{ Articles(draft: true, where: { _status: { equals: draft } }) { docs { title } } }' }),
        JSON.stringify({ query: '{ versionsArticles { docs { version { title } } } }' }),
        JSON.stringify({ query: '{ __schema { types { name } } }' }),
        JSON.stringify({ query: 'mutation { createTopic(data: { name: "x" }) { id } }' }),
      ]
      for (const body of queries) await attack('GraphQL', { method: 'POST', path: '/api/graphql', body, headers: { 'Content-Type': 'application/json' } })
    })
  })
}
