import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { JoinFormFields } from '@/lib/join/validateJoinRequest'
import { type LocalRedis, startLocalRedis } from '@/scripts/cluster/redis'
import { createAuthRateLimiter } from '@/server/authRateLimits'

import { redisConnection, type TestRedisClient } from '@/tests/helpers/redisConnection'
import type { rest as restType } from '@/tests/helpers/rest'
import { type SMTPCapture, startSMTPCapture } from '@/tests/helpers/smtpCapture'

/**
 * The join form's server side: what is stored and what is refused, who is told, the limits on
 * abuse, and what the group owes the people who write (deletion after the retention period, and
 * each person's requests exported or deleted on demand).
 */

let smtp: SMTPCapture
let payload: Payload
let submitJoinRequest: typeof import('@/lib/join/submitJoinRequest').submitJoinRequest
let createHourlyAllowance: typeof import('@/lib/limits/hourlyAllowance').createHourlyAllowance
let rest: typeof restType
let adminToken: string
let editorToken: string

beforeAll(async () => {
  smtp = await startSMTPCapture()
  // Read once, as Payload's config loads: set before it (or anything importing it) is imported.
  Object.assign(process.env, { SMTP_URL: smtp.url, EMAIL_FROM: 'Test Group <news@example.org>' })
  const { getTestPayload } = await import('@/tests/helpers/payload')
  const { createUser } = await import('@/tests/helpers/fixtures')
  ;({ rest } = await import('@/tests/helpers/rest'))
  payload = await getTestPayload()
  ;({ submitJoinRequest } = await import('@/lib/join/submitJoinRequest'))
  ;({ createHourlyAllowance } = await import('@/lib/limits/hourlyAllowance'))
  ;({ token: adminToken } = await createUser(payload, 'admin', 'admin@example.org'))
  ;({ token: editorToken } = await createUser(payload, 'editor', 'editor@example.org'))
  await setSettings({ contactEmail: 'organisers@example.org' })
})
afterAll(() => smtp.close())

afterEach(async () => {
  await payload.delete({ collection: 'join-requests', where: { id: { exists: true } }, overrideAccess: true })
})

const setSettings = (data: { contactEmail?: string | null; joinRetentionDays?: number }) =>
  payload.updateGlobal({ slug: 'site-settings', data, overrideAccess: true })

const VALID: JoinFormFields = { name: 'Olena', email: 'Olena@Example.org', message: 'I would like to come to the next meeting.', consent: 'on', website: '' }

const notificationCap = (perHour: number, redis?: TestRedisClient) => createHourlyAllowance('join-notifications', perHour, redis)

/** A fresh allowance for each test, so one test's notifications never use up another's. */
const send = (fields: Partial<JoinFormFields> = {}, cap = notificationCap(100)) => submitJoinRequest(payload, { ...VALID, ...fields }, { language: 'uk', cap })

const stored = async () => (await payload.find({ collection: 'join-requests', overrideAccess: true, pagination: false, sort: 'createdAt' })).docs

describe('bad input stores nothing and names the field', () => {
  const cases: [string, Partial<JoinFormFields>, Record<string, string>][] = [
    ['a missing email', { email: '  ' }, { email: 'emailMissing' }],
    ['an address that is no address', { email: 'olena at example' }, { email: 'emailInvalid' }],
    ['two addresses to mail to', { email: 'a@example.org, b@example.org' }, { email: 'emailInvalid' }],
    ['a header smuggled in the address', { email: 'a@example.org\r\nBcc: all@example.org' }, { email: 'emailInvalid' }],
    ['no consent', { consent: '' }, { consent: 'consentMissing' }],
    ['an empty message', { message: ' \n ' }, { message: 'messageMissing' }],
    ['a message over 5,000 characters', { message: 'x'.repeat(5001) }, { message: 'messageTooLong' }],
    ['a script in the message', { message: 'Hello <script>alert(1)</script>' }, { message: 'markup' }],
    ['a link tag in the name', { name: '<a href="https://spam.example">win</a>' }, { name: 'markup' }],
    ['control characters in the message', { message: 'Hello\u0000\u001b[31m world' }, { message: 'markup' }],
    ['a name over 100 characters', { name: 'n'.repeat(101) }, { name: 'nameTooLong' }],
    ['everything wrong at once', { email: '', message: '', consent: '' }, { email: 'emailMissing', message: 'messageMissing', consent: 'consentMissing' }],
  ]
  it.each(cases)('%s', async (_, fields, errors) => {
    const before = smtp.messages.length
    expect(await send(fields)).toEqual({ outcome: 'invalid', errors })
    expect(await stored()).toEqual([])
    expect(smtp.messages.length).toBe(before)
  })

  it('takes plain text that only looks like markup, and a message of exactly 5,000 characters', async () => {
    expect((await send({ message: 'We are <3 and 5 > 3, & "solidarity" isn’t a crime.' })).outcome).toBe('stored')
    expect((await send({ message: 'y'.repeat(5000) })).outcome).toBe('stored')
    expect(await stored()).toHaveLength(2)
  })
})

describe('a good request', () => {
  it('is stored as written, in the form’s language, unhandled, with the address in lower case', async () => {
    const result = await send()
    expect(result).toMatchObject({ outcome: 'stored', notified: true })
    const [request] = await stored()
    expect(request).toMatchObject({ name: 'Olena', email: 'olena@example.org', message: VALID.message, language: 'uk', handled: false })
  })

  it('tells the contact address by email, replying to the visitor, with what they typed escaped', async () => {
    const before = smtp.messages.length
    await send({ name: 'Tom & "Jerry"', message: 'Hours: 9 > 5 & all that.' })
    const message = await smtp.nextTo('organisers@example.org', { since: before })
    expect(message.replyTo?.value[0].address).toBe('olena@example.org')
    expect(message.subject).toBe('New message through the join form')
    expect(String(message.html)).toContain('Tom &amp; &quot;Jerry&quot;')
    expect(String(message.html)).toContain('Hours: 9 &gt; 5 &amp; all that.')
    expect(message.text).toContain('Hours: 9 > 5 & all that.')
    const [request] = await stored()
    expect(String(message.html)).toContain(`/admin/collections/join-requests/${request.id}`)
  })

  it('tells every admin and editor when the site has no contact address', async () => {
    await setSettings({ contactEmail: null })
    try {
      const before = smtp.messages.length
      await send()
      await smtp.nextTo('admin@example.org', { since: before })
      await smtp.nextTo('editor@example.org', { since: before })
    } finally {
      await setSettings({ contactEmail: 'organisers@example.org' })
    }
  })

  it('is kept when the email cannot be sent', async () => {
    const sendEmail = payload.sendEmail
    payload.sendEmail = () => Promise.reject(new Error('the mail server is down'))
    try {
      expect(await send()).toMatchObject({ outcome: 'stored', notified: false })
    } finally {
      payload.sendEmail = sendEmail
    }
    expect(await stored()).toHaveLength(1)
  })
})

describe('abuse', () => {
  it('a filled honeypot is answered like a success, and nothing is stored or sent', async () => {
    const before = smtp.messages.length
    expect(await send({ website: 'https://cheap-pills.example' })).toEqual({ outcome: 'ignored' })
    expect(await stored()).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages.length).toBe(before)
  })

  it('past the hourly cap, requests are still stored but the organisers are not emailed', async () => {
    const cap = notificationCap(2)
    const before = smtp.messages.length
    const results = [await send({}, cap), await send({}, cap), await send({}, cap)]
    expect(results.map((result) => 'notified' in result && result.notified)).toEqual([true, true, false])
    expect(await stored()).toHaveLength(3)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages.length - before).toBe(2)
  })

  it('one address may send 10 join forms an hour, in any language, counted with sign-ins; its 11th is refused', async () => {
    const check = createAuthRateLimiter()
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(await check('POST', ['/join', '/uk/join', '/ar/join/'][attempt % 3], '198.51.100.20')).toBeNull()
    }
    const refusal = await check('POST', '/uk/join', '198.51.100.20')
    expect(refusal).toMatchObject({ path: '/uk/join', message: 'Too many messages from your network. Try again in 60 minutes.' })
    expect(await check('POST', '/join', '198.51.100.21')).toBeNull()
    expect(await check('GET', '/join', '198.51.100.20')).toBeNull()
    expect(await check('POST', '/api/users/login', '198.51.100.20')).toBeNull()
  })

  it('a refused form gets a page in its language without JavaScript, and the busy page with it', async () => {
    const { refusePageForm } = await import('@/server/pageFormRefusal')
    const server = http.createServer((req, res) => refusePageForm(req, res, { path: '/uk/join', retryAfterSeconds: 1200, message: '' }))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/uk/join`
    try {
      const page = await fetch(url, { method: 'POST' })
      expect(page.status).toBe(429)
      expect(page.headers.get('retry-after')).toBe('1200')
      const html = await page.text()
      expect(html).toContain('<html lang="uk" dir="ltr">')
      expect(html).toContain('Забагато повідомлень')
      expect(html).toContain('href="/uk/join"')
      const scripted = await fetch(url, { method: 'POST', headers: { 'Next-Action': 'abc' } })
      expect(scripted.status).toBe(429)
      expect(scripted.headers.get('x-action-redirect')).toBe('/uk/join/busy;push')
    } finally {
      server.close()
    }
  })

  describe('among many instances', () => {
    let redis: LocalRedis
    const clients: TestRedisClient[] = []
    beforeAll(async () => {
      redis = await startLocalRedis()
    })
    afterAll(async () => {
      for (const client of clients) client.destroy()
      await redis?.close()
    })
    const instance = async () => {
      const client = redisConnection(redis.url)
      clients.push(client)
      await client.connect()
      return client
    }

    it('the notification cap is shared through Redis: two instances together send no more than the cap', async () => {
      const [a, b] = [notificationCap(3, await instance()), notificationCap(3, await instance())]
      expect([await a(), await b(), await a(), await b(), await a()]).toEqual([true, true, true, false, false])
    })

    it('the per-address limit on the join form is shared through Redis, as sign-ins are', async () => {
      const [a, b] = [createAuthRateLimiter(undefined, await instance()), createAuthRateLimiter(undefined, await instance())]
      for (let attempt = 0; attempt < 10; attempt++) expect(await (attempt % 2 ? b : a)('POST', '/join', '198.51.100.30')).toBeNull()
      expect(await a('POST', '/ar/join', '198.51.100.30')).not.toBeNull()
    })
  })
})

describe('retention', () => {
  const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString()

  it('the nightly job deletes requests older than the period in the site settings, and keeps the rest', async () => {
    const job = payload.config.jobs.tasks?.find((task) => task.slug === 'deleteExpiredJoinRequests')
    expect(job?.schedule).toEqual([{ cron: '0 0 3 * * *', queue: 'default' }])
    await setSettings({ joinRetentionDays: 30 })
    try {
      for (const [email, age] of [['old@example.org', 31], ['recent@example.org', 29]] as const) {
        await send({ email })
        await payload.db.updateOne({ collection: 'join-requests', where: { email: { equals: email } }, data: { createdAt: daysAgo(age) } })
      }
      await payload.jobs.queue({ task: 'deleteExpiredJoinRequests', input: {} })
      await payload.jobs.run()
      expect((await stored()).map((request) => request.email)).toEqual(['recent@example.org'])
    } finally {
      await setSettings({ joinRetentionDays: 180 })
    }
  })

  it('keeps 180 days unless told otherwise', async () => {
    const settings = payload.config.globals.find((global) => global.slug === 'site-settings')!
    const field = settings.flattenedFields.find((candidate) => candidate.name === 'joinRetentionDays')
    expect(field && 'defaultValue' in field ? field.defaultValue : undefined).toBe(180)
    for (const [email, age] of [['half-a-year@example.org', 179], ['past-half-a-year@example.org', 181]] as const) {
      await send({ email })
      await payload.db.updateOne({ collection: 'join-requests', where: { email: { equals: email } }, data: { createdAt: daysAgo(age) } })
    }
    await payload.jobs.queue({ task: 'deleteExpiredJoinRequests', input: {} })
    await payload.jobs.run()
    expect((await stored()).map((request) => request.email)).toEqual(['half-a-year@example.org'])
  })

  it.each([0, -5, 731])('refuses a retention period of %s days', async (days) => {
    await expect(setSettings({ joinRetentionDays: days })).rejects.toThrow(/retention|join requests|invalid/i)
    expect((await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })).joinRetentionDays).toBe(180)
  })
})

describe('one person’s requests, on demand', () => {
  const people = async () => {
    await send({ email: 'Olena@example.org', message: 'First' })
    await send({ email: 'olena@example.org', message: 'Second' })
    await send({ email: 'someone.else@example.org', message: 'Not hers' })
  }

  it('an admin exports everything one address sent, as a JSON download, whatever its case', async () => {
    await people()
    const response = await rest('GET', '/join-requests/by-email?email=OLENA@example.org', { token: adminToken })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="join-requests.json"')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.body.email).toBe('olena@example.org')
    expect(response.body.joinRequests.map((request: { message: string }) => request.message).sort()).toEqual(['First', 'Second'])
  })

  it('an admin deletes everything one address sent, and nothing of anyone else', async () => {
    await people()
    const response = await rest('DELETE', '/join-requests/by-email?email=olena@example.org', { token: adminToken })
    expect(response).toMatchObject({ status: 200, body: { email: 'olena@example.org', deleted: 2 } })
    expect((await stored()).map((request) => request.email)).toEqual(['someone.else@example.org'])
  })

  it.each([
    ['anonymous visitors', undefined, '?email=olena@example.org', 401],
    ['editors', 'editor', '?email=olena@example.org', 403],
    ['no address', 'admin', '', 400],
    ['an empty address', 'admin', '?email=', 400],
    ['two addresses', 'admin', '?email=a@example.org&email=b@example.org', 400],
    ['something that is no address', 'admin', '?email=olena', 400],
  ])('refuses %s with a clear message, touching nothing', async (_, who, query, status) => {
    await people()
    const token = who === 'admin' ? adminToken : who === 'editor' ? editorToken : undefined
    for (const method of ['GET', 'DELETE']) {
      const response = await rest(method, `/join-requests/by-email${query}`, { token })
      expect(response.status).toBe(status)
      expect(response.body.errors[0].message).toMatch(/admin|address|email/i)
    }
    expect(await stored()).toHaveLength(3)
  })
})

describe('who reads and writes join requests', () => {
  it('anonymous visitors can neither read nor create them through REST', async () => {
    await send()
    expect((await rest('GET', '/join-requests')).status).toBe(403)
    expect((await rest('POST', '/join-requests', { body: { email: 'spam@example.org', message: 'buy', language: 'en' } })).status).toBe(403)
    expect(await stored()).toHaveLength(1)
  })

  it('admins and editors read them and mark them handled, but nobody creates one through REST', async () => {
    await send()
    const list = await rest('GET', '/join-requests', { token: editorToken })
    expect(list.status).toBe(200)
    expect(list.body.docs[0].email).toBe('olena@example.org')
    const [request] = await stored()
    const update = await rest('PATCH', `/join-requests/${request.id}`, { token: editorToken, body: { handled: true, message: 'rewritten' } })
    expect(update.status).toBe(200)
    expect(update.body.doc).toMatchObject({ handled: true, message: VALID.message })
    for (const token of [adminToken, editorToken]) {
      expect((await rest('POST', '/join-requests', { token, body: { email: 'made-up@example.org', message: 'x', language: 'en' } })).status).toBe(403)
    }
    expect(await stored()).toHaveLength(1)
  })
})
