import { describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'

import type { Media } from '@/payload-types'
import { seedSampleContent } from '@/seed/sample'

import { seriousAccessibilityViolations } from '@/tests/helpers/axe'
import { screenshot } from '@/tests/helpers/browser'
import { testImage } from '@/tests/helpers/images'
import { seededSite } from '@/tests/helpers/seededSite'

let inReview: Media

const site = seededSite({
  browser: true,
  addMore: async (local) => {
    await seedSampleContent(local, { articles: 0, demos: 2, photos: 10 }, () => undefined)
    const file = await testImage(800, 600)
    inReview = await local.create({
      collection: 'media',
      data: { alt: 'Unreviewed faces', licence: 'all-rights-reserved', visibility: 'review' },
      file: { data: file, mimetype: 'image/jpeg', name: 'unreviewed.jpg', size: file.length },
    })
  },
})

async function open(path: string, options: { width?: number; height?: number; javaScriptEnabled?: boolean } = {}) {
  const context = await site.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  const response = await page.goto(`${site.server.url}${path}`)
  return { page, response, errors, close: () => context.close() }
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

describe('the photo archive', () => {
  it.each([
    { path: '/photos', name: 'photos' },
    { path: '/photos/banner', name: 'banner-journey' },
    { path: '/photos?year=2026', name: 'photos-filtered' },
  ])('$path renders on a phone and a desktop, fits, logs no errors and passes axe', async ({ path, name }) => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      const { page, response, errors, close } = await open(path, viewport)
      expect(response?.status()).toBe(200)
      expect(await overflow(page)).toBeLessThanOrEqual(0)
      expect(await seriousAccessibilityViolations(page)).toEqual([])
      expect(errors).toEqual([])
      await screenshot(page, `${name}-${viewport.width}`)
      await close()
    }
  })

  it('shows thumbnails with their size and placeholder, and never a photo in review', async () => {
    const { page, close } = await open('/photos')
    const thumbnails = page.locator('.photo-grid img')
    expect(await thumbnails.count()).toBe(13)
    expect(await thumbnails.first().getAttribute('width')).toBeTruthy()
    expect(await page.locator('.photo-grid a').first().getAttribute('style')).toContain('data:image/webp;base64')
    expect(await page.content()).not.toContain(inReview.filename!)
    await close()
  })

  it('filters by demonstration with a plain form, without JavaScript', async () => {
    const { page, close } = await open('/photos', { javaScriptEnabled: false })
    await page.getByLabel('Demonstration').selectOption({ label: 'London demonstration for ceasefire in Gaza' })
    await page.getByRole('button', { name: 'Show photos' }).click()
    await page.waitForURL(/\/photos\?demo=london-ceasefire-in-gaza-2024-06-08&year=&topic=$/)
    expect(await page.getByLabel('Demonstration').inputValue()).toBe('london-ceasefire-in-gaza-2024-06-08')
    expect(await page.locator('.photo-grid img').count()).toBe(3)
    await page.locator('.photo-grid a').first().click()
    await page.waitForURL(/\/photos\/\d+\?demo=london-ceasefire-in-gaza-2024-06-08$/)
    expect(await page.locator('h1').innerText()).toMatch(/illustration/i)
    await close()
  })

  it('gives each photo a page with its licence, a metadata-free download and its neighbours', async () => {
    const { docs } = await site.payload.find({ collection: 'media', where: { filename: { equals: 'banner-illustration-red-cloth.jpg' } } })
    const { page, response, close } = await open(`/photos/${docs[0].id}`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('.facts').innerText()).toContain('CC BY 4.0')
    expect(await page.locator('a[download]').getAttribute('href')).toContain('banner-illustration-red-cloth.jpg')
    expect(await page.locator('a[rel="next"], a[rel="prev"]').count()).toBeGreaterThan(0)
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await close()
  })

  it('answers a photo in review, or no photo at all, with a 404', async () => {
    for (const path of [`/photos/${inReview.id}`, '/photos/999999', '/photos?demo=no-such-demo', '/photos?page=99']) {
      const { response, close } = await open(path)
      expect({ path, status: response?.status() }).toEqual({ path, status: 404 })
      await close()
    }
  })
})

describe('the lightbox', () => {
  it('opens on click, moves with the arrow keys, shows the photo in the address, and closes with Escape', async () => {
    const { page, errors, close } = await open('/photos')
    const links = page.locator('.photo-grid a')
    const firstHref = await links.nth(0).getAttribute('href')
    const secondHref = await links.nth(1).getAttribute('href')
    await links.nth(0).click()
    const dialog = page.locator('dialog.lightbox')
    await dialog.waitFor({ state: 'visible' })
    expect(new URL(page.url()).pathname).toBe(firstHref)
    const image = dialog.locator('img')
    await expect(image.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).resolves.toBeGreaterThan(0)
    expect(await image.evaluate((img) => img.getBoundingClientRect().height)).toBeGreaterThan(200)
    await page.screenshot({ path: 'tests/e2e/artifacts/lightbox.png' })
    // Someone who finds themselves in the photo finds the way to ask for it to come down.
    const remove = dialog.locator('.lightbox__remove a')
    expect(await remove.innerText()).toBe('Are you in this photo? Ask us to blur or remove it')
    expect(await remove.getAttribute('href')).toBe(`${firstHref}/remove`)
    await page.keyboard.press('ArrowRight')
    await page.waitForURL((url) => url.pathname === secondHref)
    expect(await remove.getAttribute('href')).toBe(`${secondHref}/remove`)
    expect(await dialog.locator('.lightbox__count').innerText()).toMatch(/^2 \/ 13/)
    await page.keyboard.press('ArrowLeft')
    await page.waitForURL((url) => url.pathname === firstHref)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    // The dialog's close event, which restores the address, follows the dialog closing by a task.
    await page.waitForURL((url) => url.pathname === '/photos', { timeout: 2000 })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(firstHref)
    expect(errors).toEqual([])
    await close()
  })

  it('opens the demo report gallery too', async () => {
    const { page, close } = await open('/demos/london-ceasefire-in-gaza-2024-06-08')
    await page.locator('.gallery a').first().click()
    await page.locator('dialog.lightbox').waitFor({ state: 'visible' })
    expect(new URL(page.url()).pathname).toMatch(/^\/photos\/\d+$/)
    await close()
  })
})

describe('the filtered archive', () => {
  it('serves each filter from the cache under one address, and shows a photo once it is made public', async () => {
    const first = await fetch(`${site.server.url}/photos?year=2019`)
    expect(first.status).toBe(200)
    expect(await first.text()).toContain('No photos here yet.')
    const respelled = await fetch(`${site.server.url}/photos?utm_source=leaflet&year=2019&topic=Not%20A%20Slug`)
    expect(respelled.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(respelled.headers.get('etag')).toBe(first.headers.get('etag'))

    const file = await testImage(800, 600)
    const photo = await site.payload.create({
      collection: 'media',
      data: { alt: 'A march in 2019', licence: 'all-rights-reserved', visibility: 'review', takenAt: '2019-05-01T12:00:00.000Z' },
      file: { data: file, mimetype: 'image/jpeg', name: 'march-2019.jpg', size: file.length },
    })
    const published = await fetch(`${site.server.url}/api/media/${photo.id}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${site.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ visibility: 'public' }),
    })
    expect(published.status).toBe(200)
    const deadline = Date.now() + 5000
    let page = ''
    while (Date.now() < deadline && !page.includes('A march in 2019')) {
      page = await (await fetch(`${site.server.url}/photos?year=2019`)).text()
    }
    expect(page).toContain('A march in 2019')
  })
})
