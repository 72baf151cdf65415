import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'

import { ADMIN } from '@/scripts/lib/seededServer'
import { seededSite } from '@/tests/helpers/seededSite'
import { linksIn, type SMTPCapture, startSMTPCapture } from '@/tests/helpers/smtpCapture'

/**
 * Email as people meet it, through a real SMTP server in this process: an organiser who forgot
 * their password follows the emailed link in the browser to a working sign-in.
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
