import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { INVITATION_DAYS } from '@/collections/Users/invitationDays'
import { uk } from '@/i18n/strings/uk'
import { linksIn, type SMTPCapture, startSMTPCapture } from '@/tests/helpers/smtpCapture'

/** An admin adds an editor: nobody types the editor's password, the editor gets an invitation to choose it. */
let smtp: SMTPCapture
let payload: Payload
let rest: typeof import('@/tests/helpers/rest').rest
let adminToken: string

beforeAll(async () => {
  smtp = await startSMTPCapture()
  // Read once, as Payload's config loads: set before anything imports it.
  Object.assign(process.env, { SMTP_URL: smtp.url, EMAIL_FROM: 'Test Group <news@example.org>' })
  // One at a time: jest's module loader can trip over parallel imports of shared modules.
  const { getTestPayload } = await import('@/tests/helpers/payload')
  ;({ rest } = await import('@/tests/helpers/rest'))
  const { createUser } = await import('@/tests/helpers/fixtures')
  payload = await getTestPayload()
  await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Ukraine Information Group' } })
  ;({ token: adminToken } = await createUser(payload, 'admin'))
})
afterAll(() => smtp.close())

const invite = (email: string, headers: Record<string, string> = {}) =>
  rest('POST', '/users', { token: adminToken, headers, body: { name: 'New Editor', email, role: 'editor' } })

describe('an invitation', () => {
  it('is sent to whoever an admin adds, with a link to choose a password that works once', async () => {
    expect((await invite('invited@example.org')).status).toBe(201)
    const message = await smtp.nextTo('invited@example.org')
    expect(message.subject).toBe('You are invited to publish on Ukraine Information Group')
    expect(message.text).toContain(`It works once, for ${INVITATION_DAYS} days`)
    const [link] = linksIn(message)
    expect(link).toMatch(/^http:\/\/localhost:\d+\/admin\/reset\/[0-9a-f]{20,}$/)
    const token = link.split('/admin/reset/')[1]

    // Until then, nobody knows a password that signs in.
    const user = (await payload.find({ collection: 'users', where: { email: { equals: 'invited@example.org' } } })).docs[0]
    expect(user.role).toBe('editor')

    await payload.resetPassword({ collection: 'users', data: { token, password: 'my own chosen password' }, overrideAccess: true })
    expect((await rest('POST', '/users/login', { body: { email: 'invited@example.org', password: 'my own chosen password' } })).status).toBe(200)
    await expect(payload.resetPassword({ collection: 'users', data: { token, password: 'someone else again' }, overrideAccess: true })).rejects.toThrow()
  })

  it('lasts a week, not the hour of a password reset', async () => {
    const before = Date.now()
    await invite('week@example.org')
    await smtp.nextTo('week@example.org')
    const [stored] = (await payload.db.find({ collection: 'users', where: { email: { equals: 'week@example.org' } } })).docs as unknown as { resetPasswordExpiration: string }[]
    const lasts = new Date(stored.resetPasswordExpiration).getTime() - before
    expect(lasts).toBeGreaterThan((INVITATION_DAYS * 24 - 1) * 3600_000)
    expect(lasts).toBeLessThanOrEqual(INVITATION_DAYS * 24 * 3600_000 + 60_000)
  })

  it('is written in the inviting admin’s language', async () => {
    await invite('ukrainian@example.org', { 'Accept-Language': 'uk' })
    const message = await smtp.nextTo('ukrainian@example.org')
    expect(message.subject).toBe(uk.admin.users.invitation.subject.replace('{{site}}', 'Ukraine Information Group'))
  })

  it('cannot be sent when the mail server refuses it, and then nobody is added', async () => {
    await smtp.close()
    const response = await invite('unreachable@example.org')
    expect(response.status).toBe(503)
    expect(JSON.stringify(response.body)).toContain('the user was not added')
    expect((await payload.count({ collection: 'users', where: { email: { equals: 'unreachable@example.org' } } })).totalDocs).toBe(0)
  })
})
