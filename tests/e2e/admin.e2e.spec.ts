import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'

import { screenshot } from '@/tests/helpers/browser'
import { seededSite } from '@/tests/helpers/seededSite'
import { signInToAdmin } from '@/scripts/lib/seededServer'

const site = seededSite({ browser: true })
let page: Page

beforeAll(async () => {
  page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } })
  await signInToAdmin(page, site.server)
})

describe('the admin of a seeded site', () => {
  it('lists the leaflet article and the London demo report', async () => {
    await page.goto(`${site.server.url}/admin/collections/articles`)
    await page.getByText('Why we carry this banner').first().waitFor()
    await page.goto(`${site.server.url}/admin/collections/demo-reports`)
    await page.getByText('London demonstration for ceasefire in Gaza').first().waitFor()
    expect(fs.existsSync(await screenshot(page, 'admin-demo-reports'))).toBe(true)
  })

  it('opens the leaflet with its comparison table as an editable table', async () => {
    const { docs } = await site.payload.find({ collection: 'articles', where: { slug: { equals: 'why-we-carry-this-banner' } } })
    await page.goto(`${site.server.url}/admin/collections/articles/${docs[0].id}`)
    const table = page.locator('[contenteditable="true"] table')
    await table.waitFor()
    expect(await table.locator('tr').count()).toBe(7)
    expect(await table.locator('tr').first().innerText()).toContain('Israel in Palestine')
    await table.scrollIntoViewIfNeeded()
    expect(fs.existsSync(await screenshot(page, 'admin-leaflet-table'))).toBe(true)
  })

  it('blurs a marked area of a photo for good, from the photo’s edit page', async () => {
    const { docs } = await site.payload.find({ collection: 'media', where: { filename: { equals: 'banner-illustration-white-cloth.jpg' } } })
    const photo = docs[0]
    const file = path.join(site.server.env.MEDIA_DIR!, photo.filename!)
    const before = createHash('sha256').update(fs.readFileSync(file)).digest('hex')
    await page.goto(`${site.server.url}/admin/collections/media/${photo.id}`)
    const frame = page.getByTestId('blur-frame')
    await frame.locator('img').waitFor()
    await frame.scrollIntoViewIfNeeded()
    const box = (await frame.boundingBox())!
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6, { steps: 5 })
    await page.mouse.up()
    page.once('dialog', (dialog) => dialog.accept())
    await page.getByRole('button', { name: /Blur 1 area permanently/ }).click()
    const stored = () => site.payload.findByID({ collection: 'media', id: photo.id, depth: 0 })
    const deadline = Date.now() + 15_000
    while ((await stored()).filename === photo.filename && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250))
    const blurred = await stored()
    expect(blurred.filename).not.toBe(photo.filename)
    expect(fs.existsSync(file)).toBe(false)
    const after = createHash('sha256').update(fs.readFileSync(path.join(site.server.env.MEDIA_DIR!, blurred.filename!))).digest('hex')
    expect(after).not.toBe(before)
    // The page reloads and shows the blurred photo.
    const blurredFiles = [blurred.filename, ...Object.values(blurred.sizes ?? {}).map((size) => size?.filename)]
    const shownFile = async () => path.basename(decodeURIComponent((await frame.locator('img').getAttribute('src')) ?? '').split('?')[0])
    while (!blurredFiles.includes(await shownFile()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250))
    expect(blurredFiles).toContain(await shownFile())
    await screenshot(page, 'admin-blur-tool')
  })
})
