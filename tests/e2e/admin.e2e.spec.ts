import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Frame, Page } from 'playwright-core'

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

describe('the dashboard', () => {
  it('shows at a glance the photos waiting for review and the next demonstrations, each linked', async () => {
    const { createMedia } = await import('@/tests/helpers/fixtures')
    const photo = await createMedia(site.payload, 'Faces still to blur', 'review')
    const waiting = await site.payload.count({ collection: 'media', where: { visibility: { equals: 'review' } } })
    await page.goto(`${site.server.url}/admin`)
    const panel = page.locator('.glance-panel').filter({ hasText: 'Photos waiting for review' })
    await expect(panel.locator('.glance-panel__count').textContent()).resolves.toBe(String(waiting.totalDocs))
    await panel.getByRole('link', { name: 'Faces still to blur' }).click()
    await page.waitForURL(`${site.server.url}/admin/collections/media/${photo.id}`)
    await page.goto(`${site.server.url}/admin`)
    await page.locator('.glance-panel').filter({ hasText: 'Next demonstrations' }).waitFor()
    await page.locator('.glance-panel').filter({ hasText: 'Drafts scheduled to publish' }).waitFor()
    await page.locator('.glance-panel').filter({ hasText: 'New join requests' }).waitFor()
    await page.locator('.glance-panel').filter({ hasText: 'Next meetings' }).waitFor()
    expect(fs.existsSync(await screenshot(page, 'admin-dashboard'))).toBe(true)
    await site.payload.delete({ collection: 'media', id: photo.id })
  })
})

/** Waits for the admin's live preview of `path` to show `title` as its heading, and gives its frame. */
async function previewShows(admin: Page, path: string, title: string): Promise<Frame> {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    const frame = admin.frames().find((candidate) => candidate !== admin.mainFrame() && candidate.url().split('?')[0].endsWith(path))
    if (frame && (await frame.locator('h1').allInnerTexts().catch((): string[] => [])).includes(title)) return frame
    await admin.waitForTimeout(250)
  }
  throw new Error(`The live preview of ${path} never showed "${title}"`)
}

describe('live preview', () => {
  it('shows an article’s draft beside the form at a phone’s width, and follows each autosave', async () => {
    // Imported once the server runs: the fixtures load the Payload config, which must find its database.
    const { body } = await import('@/tests/helpers/fixtures')
    const article = await site.payload.create({
      collection: 'articles',
      data: { title: 'Live preview check', slug: 'live-preview-check', body: body('Checked as it is written.'), _status: 'published' },
    })
    await page.goto(`${site.server.url}/admin/collections/articles/${article.id}`)
    await page.waitForLoadState('networkidle')
    const framed = page.waitForResponse((response) => new URL(response.url()).pathname === '/news/live-preview-check' && response.request().resourceType() === 'document')
    await page.locator('#live-preview-toggler').click()
    await previewShows(page, '/news/live-preview-check', 'Live preview check')
    // The draft page may be framed by the admin, and by nothing else.
    const headers = (await framed).headers()
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(headers['x-frame-options']).toBe('SAMEORIGIN')

    await page.locator('.live-preview-toolbar-controls__breakpoint button').first().click()
    await page.getByRole('button', { name: '390 × 844' }).click()
    const phone = await previewShows(page, '/news/live-preview-check', 'Live preview check')
    await expect(phone.evaluate(() => window.innerWidth)).resolves.toBe(390)

    await page.locator('#field-title').fill('Live preview check, as typed')
    await previewShows(page, '/news/live-preview-check', 'Live preview check, as typed')
    expect(fs.existsSync(await screenshot(page, 'admin-live-preview-phone'))).toBe(true)
    // Visitors still read what was published.
    const published = await (await fetch(`${site.server.url}/news/live-preview-check`)).text()
    expect(published).not.toContain('as typed')
    await page.locator('#live-preview-toggler').click()
  })

  it('shows a demo report’s and a meeting’s draft at a desktop’s width, following what is typed', async () => {
    const weekAhead = Date.now() + 7 * 24 * 3_600_000
    // No organisers and no links: the admin sends each empty list as 0, which the API's type guard
    // once refused, so a report without them could not be saved from the admin at all.
    const report = await site.payload.create({
      collection: 'demo-reports',
      data: { title: 'Report preview check', slug: 'report-preview-check', date: '2024-06-08T00:00:00.000Z', cause: 'Ceasefire', _status: 'published' },
    })
    const meeting = await site.payload.create({
      collection: 'meetings',
      data: {
        title: 'Meeting preview check',
        slug: 'meeting-preview-check',
        startsAt: new Date(weekAhead).toISOString(),
        endsAt: new Date(weekAhead + 2 * 3_600_000).toISOString(),
        place: 'The community hall',
        _status: 'published',
      },
    })
    for (const { collection, id, path, title } of [
      { collection: 'demo-reports', id: report.id, path: '/demos/report-preview-check', title: 'Report preview check' },
      { collection: 'meetings', id: meeting.id, path: '/meetings/meeting-preview-check', title: 'Meeting preview check' },
    ]) {
      await page.goto(`${site.server.url}/admin/collections/${collection}/${id}`)
      await page.waitForLoadState('networkidle')
      await page.locator('#live-preview-toggler').click()
      await previewShows(page, path, title)
      await page.locator('.live-preview-toolbar-controls__breakpoint button').first().click()
      await page.getByRole('button', { name: '1280 × 800' }).click()
      const desktop = await previewShows(page, path, title)
      await expect(desktop.evaluate(() => window.innerWidth)).resolves.toBe(1280)
      await page.locator('#field-title').fill(`${title}, as typed`)
      await previewShows(page, path, `${title}, as typed`)
      expect(fs.existsSync(await screenshot(page, `admin-live-preview-desktop-${collection}`))).toBe(true)
      expect(await (await fetch(`${site.server.url}${path}`)).text()).not.toContain('as typed')
      await page.locator('#live-preview-toggler').click()
    }
  })

  it('never lets anything frame a page outside draft mode, even with a made-up draft cookie', async () => {
    for (const cookie of [undefined, '__prerender_bypass=made-up']) {
      const response = await fetch(`${site.server.url}/news/why-we-carry-this-banner`, { headers: cookie ? { cookie } : {} })
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(response.headers.get('x-frame-options')).toBe('DENY')
    }
  })
})
