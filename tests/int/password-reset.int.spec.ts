import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { linksIn, type SMTPCapture, startSMTPCapture } from '@/tests/helpers/smtpCapture'

/**
 * "Forgot password" through a real SMTP server: the message arrives, its link is built on the
 * site's address, and the token in it works once, until it expires. Each test has its own account:
 * Payload sends one reset message per account every 15 s.
 */

let smtp: SMTPCapture
let payload: Payload

beforeAll(async () => {
  smtp = await startSMTPCapture()
  // Read once, as Payload's config loads: set before it is imported. No SERVER_URL: the site's
  // address is then this machine's, and the request's Host must still not be taken for it.
  Object.assign(process.env, { SMTP_URL: smtp.url, EMAIL_FROM: 'Test Group <news@example.org>' })
  const { getTestPayload } = await import('@/tests/helpers/payload')
  payload = await getTestPayload()
})
afterAll(() => smtp.close())

/** Asks as the admin's "Forgot password" form does, through the REST handler, at `origin`: Next builds the request's address from its Host header. */
async function askForReset(email: string, origin = 'http://localhost:3000') {
  await payload.create({ collection: 'users', data: { name: 'Forgetful', email, password: 'the password I forgot', role: 'editor' } })
  const { handleEndpoints } = await import('payload')
  const request = new Request(`${origin}/api/users/forgot-password`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email }) })
  expect((await handleEndpoints({ config: payload.config, request })).status).toBe(200)
  const message = await smtp.nextTo(email)
  const [link] = linksIn(message)
  return { message, link, token: link.split('/admin/reset/')[1] }
}

const resetWith = (token: string, password: string) => payload.resetPassword({ collection: 'users', data: { token, password }, overrideAccess: true })
const signIn = (email: string, password: string) => payload.login({ collection: 'users', data: { email, password } })

describe('a forgotten password', () => {
  it('sends a link to the site’s own reset page, from EMAIL_FROM, even when the request names another host', async () => {
    const { message, link } = await askForReset('forged-host@example.org', 'http://evil.example')
    expect(message.from?.value).toEqual([{ name: 'Test Group', address: 'news@example.org' }])
    expect(link).toMatch(/^http:\/\/localhost:\d+\/admin\/reset\/[0-9a-f]{20,}$/)
    expect(String(message.html)).not.toContain('evil.example')
  })

  it('resets the password once: the new one signs in, the link then no longer works', async () => {
    const email = 'once@example.org'
    const { token } = await askForReset(email)
    await resetWith(token, 'my brand new long password')
    expect((await signIn(email, 'my brand new long password')).user?.email).toBe(email)
    await expect(resetWith(token, 'another brand new password')).rejects.toThrow()
    await expect(signIn(email, 'another brand new password')).rejects.toThrow()
  })

  it('expires: an old link is refused and the password stays as it was', async () => {
    const email = 'late@example.org'
    const { token } = await askForReset(email)
    await payload.db.updateOne({ collection: 'users', where: { email: { equals: email } }, data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() } })
    await expect(resetWith(token, 'a password set too late')).rejects.toThrow()
    await expect(signIn(email, 'the password I forgot')).resolves.toBeTruthy()
  })
})
