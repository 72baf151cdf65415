import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { launchBrowser, screenshot } from '@/tests/helpers/browser'
import { type RunningServer, startServer } from '@/scripts/lib/productionServer'

let server: RunningServer
let browser: Browser
let page: Page
const consoleErrors: string[] = []

beforeAll(async () => {
  server = await startServer()
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('a fresh production start', () => {
  it('applies the committed migrations and reports a healthy SQLite database', async () => {
    const response = await fetch(`${server.url}/api/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', database: 'sqlite' })
  })

  it('renders the home page with the banner as masthead', async () => {
    const response = await page.goto(`${server.url}/`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    const masthead = (await page.locator('header').textContent()) ?? ''
    expect(masthead).toContain('From Ukraine to Palestine')
    expect(masthead).toContain('Occupation is a crime')
    expect(fs.existsSync(await screenshot(page, 'home'))).toBe(true)
    expect(consoleErrors).toEqual([])
  })

  it('answers an unknown page with a real 404', async () => {
    const response = await page.goto(`${server.url}/no-such-page`)
    expect(response?.status()).toBe(404)
  })

  it('shows the create-first-user screen in the admin of an empty site', async () => {
    await page.goto(`${server.url}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/)
    await page.locator('input[name="email"]').waitFor()
    expect(fs.existsSync(await screenshot(page, 'admin-create-first-user'))).toBe(true)
  })

  it('makes the first account an admin and then asks everyone else to log in', async () => {
    await page.fill('input[name="name"]', 'First Organiser')
    await page.fill('input[name="email"]', 'organiser@example.org')
    await page.fill('input[name="password"]', 'a long enough password')
    await page.fill('input[name="confirm-password"]', 'a long enough password')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')

    const me = await page.evaluate(async () => (await fetch('/api/users/me')).json())
    expect(me.user.role).toBe('admin')

    const visitor = await browser.newPage()
    await visitor.goto(`${server.url}/admin`)
    await visitor.waitForURL(/\/admin\/login/)
    await visitor.locator('input[name="email"]').waitFor()
    expect(fs.existsSync(await screenshot(visitor, 'admin-login'))).toBe(true)
    await visitor.close()
  })
})
