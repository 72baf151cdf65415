import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { signInToAdmin } from '@/scripts/lib/seededServer'
import { seededSite } from '@/tests/helpers/seededSite'
import { type SMTPCapture, startSMTPCapture } from '@/tests/helpers/smtpCapture'

/**
 * The join form as people use it, in Chromium against the production server: without JavaScript
 * (a plain POST, a 303 to the confirmation), with it, with mistakes to correct, and past the limit.
 */
let smtp: SMTPCapture
beforeAll(async () => {
  smtp = await startSMTPCapture()
})
afterAll(() => smtp.close())

// Registered after the SMTP server's beforeAll, so the server is given its address.
const site = seededSite({ browser: true, env: () => ({ SMTP_URL: smtp.url, EMAIL_FROM: 'Ukraine Information Group <news@example.org>' }) })

/** The seeded site's contact address, where notifications go. */
const ORGANISERS = '2022ukrainesolidarity@gmail.com'

const requestsFrom = async (email: string) =>
  (await site.payload.find({ collection: 'join-requests', where: { email: { equals: email } }, overrideAccess: true })).docs

async function pageWithout(browser: Browser, javaScript: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript })
  return context.newPage()
}

async function fillIn(page: Page, values: { name?: string; email?: string; message?: string; consent?: boolean }) {
  if (values.name !== undefined) await page.fill('#join-name', values.name)
  if (values.email !== undefined) await page.fill('#join-email', values.email)
  if (values.message !== undefined) await page.fill('#join-message', values.message)
  if (values.consent) await page.check('#join-consent')
}

/** Submits and returns the POST's own response (before any redirect is followed). */
async function submit(page: Page) {
  const posted = page.waitForResponse((response) => response.request().method() === 'POST')
  await page.click('.join-form button[type="submit"]')
  return posted
}

describe('without JavaScript', () => {
  it('a message is sent by a plain POST to /join, answered with a 303 to the confirmation, stored and emailed', async () => {
    const page = await pageWithout(site.browser, false)
    await page.goto(`${site.server.url}/join`)
    expect(await page.locator('form.join-form').getAttribute('action')).toBe('/join')
    await fillIn(page, { name: 'Mykola', email: 'mykola@example.org', message: 'I would like to join the next discussion.', consent: true })
    const since = smtp.messages.length
    const response = await submit(page)
    expect(response.status()).toBe(303)
    expect(response.url()).toBe(`${site.server.url}/join`)
    expect(await response.headerValue('location')).toMatch(/^\/join\/thanks$/)
    await page.waitForURL(`${site.server.url}/join/thanks`)
    expect(await page.locator('h1').textContent()).toBe('Thank you')

    expect(await requestsFrom('mykola@example.org')).toMatchObject([{ name: 'Mykola', message: 'I would like to join the next discussion.', language: 'en' }])
    const notice = await smtp.nextTo(ORGANISERS, { since })
    expect(notice.replyTo?.value[0].address).toBe('mykola@example.org')
    await page.context().close()
  })

  it('mistakes come back beside their fields, in the page’s language, with what was typed kept and nothing stored', async () => {
    const page = await pageWithout(site.browser, false)
    await page.goto(`${site.server.url}/uk/join`)
    await fillIn(page, { name: 'Оксана', email: 'oksana@example', message: 'Привіт <b>усім</b>' })
    const response = await submit(page)
    expect(response.status()).toBe(200)
    await page.waitForSelector('#join-email-error')
    expect(await page.locator('[role="alert"]').textContent()).toContain('Ваше повідомлення не надіслано')
    expect(await page.locator('#join-email-error').textContent()).toContain('Це не схоже на адресу електронної пошти')
    expect(await page.locator('#join-message-error').textContent()).toContain('без розмітки')
    expect(await page.locator('#join-consent-error').textContent()).toContain('Позначте')
    expect(await page.locator('#join-email').getAttribute('aria-describedby')).toBe('join-email-error')
    expect(await page.locator('#join-email').getAttribute('aria-invalid')).toBe('true')
    expect(await page.inputValue('#join-name')).toBe('Оксана')
    expect(await page.inputValue('#join-email')).toBe('oksana@example')
    expect(await page.inputValue('#join-message')).toBe('Привіт <b>усім</b>')
    expect(await requestsFrom('oksana@example')).toEqual([])
    // The page that answered the POST carries what she typed: it is hers alone, never the cached page.
    for (let visit = 0; visit < 2; visit++) {
      const later = await fetch(`${site.server.url}/uk/join`)
      expect(later.status).toBe(200)
      expect(await later.text()).not.toContain('oksana@example')
    }

    // Corrected on the page it came back on, it goes through.
    await fillIn(page, { email: 'oksana@example.org', message: 'Привіт усім', consent: true })
    expect((await submit(page)).status()).toBe(303)
    await page.waitForURL(`${site.server.url}/uk/join/thanks`)
    expect(await requestsFrom('oksana@example.org')).toHaveLength(1)
    await page.context().close()
  })

  it('a message over 5,000 characters is refused with its own message, and the honeypot is out of sight and reach', async () => {
    const page = await pageWithout(site.browser, false)
    await page.goto(`${site.server.url}/ar/join`)
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    const trap = await page.locator('.join-form__trap').boundingBox()
    expect(trap && trap.width <= 1 && trap.height <= 1).toBe(true)
    expect(await page.locator('#join-website').getAttribute('tabindex')).toBe('-1')
    expect(await page.locator('.join-form__trap').getAttribute('aria-hidden')).toBe('true')
    await fillIn(page, { email: 'long@example.org', message: 'ا'.repeat(5001), consent: true })
    expect((await submit(page)).status()).toBe(200)
    expect(await page.locator('#join-message-error').textContent()).toContain('5000')
    expect(await requestsFrom('long@example.org')).toEqual([])
    await page.context().close()
  })
})

describe('with JavaScript', () => {
  it('a mistake is shown in place, and the corrected message goes to the confirmation', async () => {
    const page = await pageWithout(site.browser, true)
    const problems: string[] = []
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
    await page.goto(`${site.server.url}/join`)
    await page.waitForLoadState('networkidle')
    await fillIn(page, { name: 'Sam', email: 'sam@example.org', message: 'Count me in.' })
    await page.click('.join-form button[type="submit"]')
    await page.waitForSelector('#join-consent-error')
    expect(page.url()).toBe(`${site.server.url}/join`)
    expect(await page.inputValue('#join-message')).toBe('Count me in.')
    expect(await requestsFrom('sam@example.org')).toEqual([])

    await page.check('#join-consent')
    await page.click('.join-form button[type="submit"]')
    await page.waitForURL(`${site.server.url}/join/thanks`)
    expect(await page.locator('h1').textContent()).toBe('Thank you')
    expect(await requestsFrom('sam@example.org')).toHaveLength(1)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('past the limit of 10 an hour from one address', () => {
  it('a refused sending gets a friendly page, with or without JavaScript, and nothing is stored', async () => {
    // Earlier tests sent 6 from this address; use up the rest as a robot would.
    for (let sent = 0; sent < 10; sent++) {
      const answer = await fetch(`${site.server.url}/join`, { method: 'POST', body: new FormData() })
      await answer.body?.cancel()
      if (answer.status === 429) break
    }
    const page = await pageWithout(site.browser, false)
    await page.goto(`${site.server.url}/uk/join`)
    await fillIn(page, { email: 'late@example.org', message: 'Hello', consent: true })
    const refused = await submit(page)
    expect(refused.status()).toBe(429)
    expect(Number(await refused.headerValue('retry-after'))).toBeGreaterThan(0)
    expect(await page.locator('h1').textContent()).toBe('Забагато повідомлень')
    await page.context().close()

    const scripted = await pageWithout(site.browser, true)
    await scripted.goto(`${site.server.url}/join`)
    await scripted.waitForLoadState('networkidle')
    await fillIn(scripted, { email: 'late@example.org', message: 'Hello', consent: true })
    await scripted.click('.join-form button[type="submit"]')
    await scripted.waitForURL(`${site.server.url}/join/busy`)
    expect(await scripted.locator('h1').textContent()).toBe('Too many messages')
    expect(await requestsFrom('late@example.org')).toEqual([])
    await scripted.context().close()
  })
})

describe('one person’s requests, in the admin', () => {
  it('an admin downloads everything one address sent, then deletes it, from the list of join requests', async () => {
    const person = 'asks-to-be-forgotten@example.org'
    for (const message of ['First message.', 'Second message.']) {
      await site.payload.create({ collection: 'join-requests', data: { email: person, message, language: 'en' }, overrideAccess: true })
    }
    await site.payload.create({ collection: 'join-requests', data: { email: 'stays@example.org', message: 'Keep me.', language: 'en' }, overrideAccess: true })
    const admin = await site.browser.newPage({ viewport: { width: 390, height: 844 }, acceptDownloads: true })
    await signInToAdmin(admin, site.server)
    await admin.goto(`${site.server.url}/admin/collections/join-requests`)
    await admin.locator('#one-person-email').fill(person.toUpperCase())

    const downloading = admin.waitForEvent('download')
    await admin.getByRole('button', { name: 'Download their requests' }).click()
    const exported = JSON.parse(fs.readFileSync((await (await downloading).path())!, 'utf8'))
    expect(exported.joinRequests.map((request: { message: string }) => request.message).sort()).toEqual(['First message.', 'Second message.'])

    admin.once('dialog', (dialog) => dialog.accept())
    await admin.getByRole('button', { name: 'Delete their requests' }).click()
    await admin.getByText(`Deleted 2 join requests from ${person.toUpperCase()}.`).waitFor()
    expect(await requestsFrom(person)).toEqual([])
    expect(await requestsFrom('stays@example.org')).toHaveLength(1)
    await admin.close()
  })

  it('is not offered to editors', async () => {
    const editorAccount = { email: 'join-editor@example.org', password: 'a long editor password for this test' }
    await site.payload.create({ collection: 'users', data: { name: 'Editor', role: 'editor', ...editorAccount } })
    const login = await fetch(`${site.server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(editorAccount) })
    const { token } = await login.json()
    const editor = await site.browser.newContext()
    await editor.addCookies([{ name: 'payload-token', value: token, url: site.server.url }])
    const page = await editor.newPage()
    await page.goto(`${site.server.url}/admin/collections/join-requests`)
    await page.locator('.collection-list').waitFor()
    expect(await page.getByRole('button', { name: 'Delete their requests' }).count()).toBe(0)
    await editor.close()
  })
})
