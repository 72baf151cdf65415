import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'

import { ADMIN, signInToAdmin } from '@/scripts/lib/seededServer'
import { seededSite } from '@/tests/helpers/seededSite'
import { linksIn, type SMTPCapture, startSMTPCapture } from '@/tests/helpers/smtpCapture'

/**
 * Email as people meet it, through a real SMTP server in this process: an organiser who forgot
 * their password, and an editor an admin invites, each follow the emailed link in the browser to a
 * working sign-in.
 */
let smtp: SMTPCapture
beforeAll(async () => {
  smtp = await startSMTPCapture()
})
afterAll(() => smtp.close())

// Registered after the SMTP server's beforeAll, so the server is given its address.
const site = seededSite({ browser: true, env: () => ({ SMTP_URL: smtp.url, EMAIL_FROM: 'Ukraine Information Group <news@example.org>' }) })

/**
 * Types into the admin's fields once the page is interactive: a value typed before React hydrates
 * the form is dropped, and the form then says the field is empty.
 */
async function fillForm(page: Page, values: Record<string, string>) {
  await page.waitForLoadState('networkidle')
  for (const [selector, value] of Object.entries(values)) {
    const field = page.locator(selector)
    for (let attempt = 0; attempt < 3 && (await field.inputValue()) !== value; attempt++) {
      await field.fill(value)
      await page.waitForTimeout(100)
    }
    expect(await field.inputValue()).toBe(value)
  }
}

const signIn = (email: string, password: string) =>
  fetch(`${site.server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })

// Before the reset below, which changes the admin's password.
describe('an admin adding an editor', () => {
  it('types no password: the editor chooses one from the invitation and is signed in', async () => {
    const admin = await site.browser.newPage({ viewport: { width: 390, height: 844 } })
    await signInToAdmin(admin, site.server)
    await admin.goto(`${site.server.url}/admin/collections/users/create`)
    await fillForm(admin, { '#invite-name': 'New Editor', '#invite-email': 'new.editor@example.org' })
    expect(await admin.locator('input[type="password"]').count()).toBe(0)
    await admin.getByRole('button', { name: 'Send the invitation' }).click()
    await admin.waitForURL(/\/admin\/collections\/users\/\w+$/)
    // Someone else's account offers no way to choose their password either.
    await admin.waitForLoadState('networkidle')
    expect(await admin.locator('#field-name').inputValue()).toBe('New Editor')
    expect(await admin.getByRole('button', { name: 'Change Password' }).count()).toBe(0)

    const invitation = await smtp.nextTo('new.editor@example.org')
    expect(invitation.subject).toBe('You are invited to publish on Ukraine Information Group')
    const [link] = linksIn(invitation)
    expect(link).toMatch(/^http:\/\/localhost:\d+\/admin\/reset\/[0-9a-f]{20,}$/)

    const context = await site.browser.newContext()
    const editor = await context.newPage()
    await editor.goto(link)
    await fillForm(editor, { '#field-password': 'the editor’s own password', '#field-confirm-password': 'the editor’s own password' })
    await editor.locator('button[type="submit"]').click()
    await editor.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    const signedIn = await signIn('new.editor@example.org', 'the editor’s own password')
    expect(signedIn.status).toBe(200)
    expect((await signedIn.json()).user).toMatchObject({ email: 'new.editor@example.org', role: 'editor' })
    await context.close()
    await admin.close()
  })

  it('is told next to the field when the address is taken, and nobody is added twice', async () => {
    const admin = await site.browser.newPage()
    await signInToAdmin(admin, site.server)
    await admin.goto(`${site.server.url}/admin/collections/users/create`)
    await fillForm(admin, { '#invite-name': 'Twice', '#invite-email': ADMIN.email })
    await admin.getByRole('button', { name: 'Send the invitation' }).click()
    await expect(admin.locator('#invite-email-error').textContent()).resolves.toMatch(/already|registered|taken/i)
    expect(admin.url()).toMatch(/\/create$/)
    await admin.close()
  })
})

describe('a forgotten password', () => {
  it('is reset from the emailed link, once: the new one signs in, the old one and the link no longer work', async () => {
    const page = await site.browser.newPage()
    await page.goto(`${site.server.url}/admin/forgot`)
    await fillForm(page, { '#field-email': ADMIN.email })
    await page.locator('button[type="submit"]').click()
    const message = await smtp.nextTo(ADMIN.email)
    const [link] = linksIn(message)
    expect(link).toMatch(/^http:\/\/localhost:\d+\/admin\/reset\/[0-9a-f]{20,}$/)

    await page.goto(link)
    await fillForm(page, { '#field-password': 'a new organiser password', '#field-confirm-password': 'a new organiser password' })
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')

    expect((await signIn(ADMIN.email, 'a new organiser password')).status).toBe(200)
    expect((await signIn(ADMIN.email, ADMIN.password)).status).toBe(401)
    const again = await fetch(`${site.server.url}/api/users/reset-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: link.split('/admin/reset/')[1], password: 'somebody else’s password' }),
    })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
    await page.close()
  })
})
