import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { MIN_PASSWORD_LENGTH } from '@/collections/Users/hooks/requireLongPassword'
import { en } from '@/i18n/strings/en'

import { createUser, PASSWORD } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'
import { rest } from '@/tests/helpers/rest'

const SITE = 'http://localhost:3000'
const SHORT_PASSWORD_MESSAGE = en.admin.validation.shortPassword.replace('{{min}}', String(MIN_PASSWORD_LENGTH))

let payload: Payload
let adminToken: string

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ token: adminToken } = await createUser(payload, 'admin'))
})

it('refuses an admin who chooses a password for someone else, saying why, and creates nothing', async () => {
  const before = await userCount()
  const response = await rest('POST', '/users', { token: adminToken, body: { name: 'Chosen', email: 'chosen@example.org', password: 'a password chosen for them', role: 'editor' } })
  expect(response.status).toBe(400)
  expect(passwordError(response.body)).toBe(en.admin.validation.noPasswordForOthers)
  expect(await userCount()).toBe(before)
})

it('refuses an admin who changes someone else’s password, and theirs still signs in', async () => {
  const { user } = await createUser(payload, 'editor', 'someone@example.org')
  const response = await rest('PATCH', `/users/${user.id}`, { token: adminToken, body: { password: 'a password chosen for them' } })
  expect(response.status).toBe(400)
  expect(passwordError(response.body)).toBe(en.admin.validation.noPasswordForOthers)
  expect((await rest('POST', '/users/login', { body: { email: 'someone@example.org', password: PASSWORD } })).status).toBe(200)
  expect((await rest('POST', '/users/login', { body: { email: 'someone@example.org', password: 'a password chosen for them' } })).status).toBe(401)
})

async function userCount(): Promise<number> {
  return (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs
}

function passwordError(body: any): string | undefined {
  return body?.errors?.[0]?.data?.errors?.find((error: { path: string }) => error.path === 'password')?.message
}

describe('passwords', () => {
  it('refuses an account with a password under 12 characters, saying why, and creates nothing', async () => {
    const before = await userCount()
    const refusal = await payload.create({ collection: 'users', data: { name: 'Short', email: 'short@example.org', password: 'eleven char', role: 'editor' } }).catch((error) => error)
    expect(refusal.data.errors).toEqual([{ path: 'password', message: SHORT_PASSWORD_MESSAGE }])
    expect(await userCount()).toBe(before)
  })

  it('counts characters, not bytes: twelve letters of any script are enough', async () => {
    const { user, token } = await createUser(payload, 'editor', 'olena@example.org')
    const response = await rest('PATCH', `/users/${user.id}`, { token, body: { password: 'солідарність' } })
    expect(response.status).toBe(200)
  })

  it('refuses a short password on a change and keeps the old one working', async () => {
    const { user, token } = await createUser(payload, 'editor', 'changer@example.org')
    const response = await rest('PATCH', `/users/${user.id}`, { token, body: { password: 'short' } })
    expect(response.status).toBe(400)
    expect(passwordError(response.body)).toBe(SHORT_PASSWORD_MESSAGE)
    const login = await rest('POST', '/users/login', { body: { email: 'changer@example.org', password: PASSWORD } })
    expect(login.status).toBe(200)
  })

  it('refuses a short password through a reset link, which stays usable for a long one', async () => {
    await createUser(payload, 'editor', 'forgetful@example.org')
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: 'forgetful@example.org' },
      disableEmail: true,
    })
    const short = await rest('POST', '/users/reset-password', { body: { token, password: 'abc' } })
    expect(short.status).toBe(400)
    expect(passwordError(short.body)).toBe(SHORT_PASSWORD_MESSAGE)
    const long = await rest('POST', '/users/reset-password', { body: { token, password: 'a new and long password' } })
    expect(long.status).toBe(200)
  })
})

describe('login lock-out', () => {
  it('locks an account for 15 minutes after 5 wrong passwords, even against the right one', async () => {
    await createUser(payload, 'editor', 'target@example.org')
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await rest('POST', '/users/login', { body: { email: 'target@example.org', password: `wrong guess ${attempt}` } })
      expect(wrong.status).toBe(401)
    }
    const right = await rest('POST', '/users/login', { body: { email: 'target@example.org', password: PASSWORD } })
    expect(right.status).toBe(401)
    expect(JSON.stringify(right.body)).toMatch(/locked/i)
    const [stored] = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'target@example.org' } },
        showHiddenFields: true,
        overrideAccess: true,
      })
    ).docs as Array<{ lockUntil?: string }>
    const minutes = (new Date(stored.lockUntil!).getTime() - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(14)
    expect(minutes).toBeLessThanOrEqual(15)
  })
})

describe('the session cookie', () => {
  let cookie: string

  beforeAll(async () => {
    await createUser(payload, 'editor', 'cookie@example.org')
    const response = await rest('POST', '/users/login', { body: { email: 'cookie@example.org', password: PASSWORD } })
    const setCookie = response.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/^payload-token=/)
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Lax/i)
    cookie = setCookie.split(';')[0]
  })

  async function me(headers: Record<string, string>) {
    const response = await rest('GET', '/users/me', { headers: { Cookie: cookie, ...headers } })
    return response.body?.user?.email ?? null
  }

  it('signs in a request from the site itself', async () => {
    expect(await me({ Origin: SITE })).toBe('cookie@example.org')
    expect(await me({ 'Sec-Fetch-Site': 'same-origin' })).toBe('cookie@example.org')
  })

  it('ignores the cookie on a request from another site (CSRF)', async () => {
    expect(await me({ Origin: 'https://attacker.example' })).toBeNull()
    expect(await me({ 'Sec-Fetch-Site': 'cross-site' })).toBeNull()
  })

  it('cannot be used by another site to write', async () => {
    const response = await rest('POST', '/articles', {
      headers: { Cookie: cookie, Origin: 'https://attacker.example' },
      body: { title: 'Defaced', _status: 'published' },
    })
    expect(response.status).toBe(403)
    expect((await payload.count({ collection: 'articles', where: { title: { equals: 'Defaced' } } })).totalDocs).toBe(0)
  })
})
