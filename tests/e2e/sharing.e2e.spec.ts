import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'

import { seededSite } from '@/tests/helpers/seededSite'

const LEAFLET = '/news/why-we-carry-this-banner'
const DEMO = '/demos/london-ceasefire-in-gaza-2024-06-08'
const ARABIC_DEMO_TITLE = 'مظاهرة لندن من أجل وقف إطلاق النار في غزة'
const SITE_NAME = 'Ukraine Information Group'

let photoId: number | string = ''

const site = seededSite({
  browser: true,
  addMore: async (payload) => {
    const { docs } = await payload.find({ collection: 'demo-reports', where: { slug: { equals: DEMO.split('/').at(-1) } }, limit: 1 })
    await payload.update({
      collection: 'demo-reports',
      id: docs[0].id,
      locale: 'ar',
      context: { disableRevalidate: true },
      data: { title: ARABIC_DEMO_TITLE, cause: 'وقف إطلاق النار في غزة', _status: 'published' },
    })
    const photos = await payload.find({ collection: 'media', where: { visibility: { equals: 'public' } }, limit: 1, overrideAccess: false })
    photoId = photos.docs[0].id
  },
})

/** A browser without the Web Share API, and one with it (a stand-in that records what it was given). */
let withoutShare: BrowserContext
let withShare: BrowserContext

beforeAll(async () => {
  withoutShare = await site.browser.newContext({ viewport: { width: 390, height: 844 } })
  await withoutShare.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share
  })
  withShare = await site.browser.newContext({ viewport: { width: 390, height: 844 } })
  await withShare.addInitScript(() => {
    const recorded = window as unknown as { shared: ShareData[] }
    recorded.shared = []
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async (data: ShareData) => void recorded.shared.push(data),
    })
  })
})

afterAll(async () => {
  await withoutShare?.close()
  await withShare?.close()
})

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage()
  const response = await page.goto(`${site.server.url}${path}`)
  expect(response?.status()).toBe(200)
  return page
}

const hrefs = (page: Page) => page.$$eval('.share a[data-share]', (links) => Object.fromEntries(links.map((link) => [link.getAttribute('data-share'), link.getAttribute('href')])))

/** The share links a page must carry: its canonical address and title, encoded for each service. */
async function expectShareLinksFor(page: Page, { path, title }: { path: string; title: string }) {
  const canonical = await page.getAttribute('link[rel="canonical"]', 'href')
  expect(new URL(canonical!).pathname).toBe(path)
  const text = encodeURIComponent(`${title} ${canonical}`)
  expect(await hrefs(page)).toEqual({
    email: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\r\n\r\n${canonical}`)}`,
    whatsapp: `https://wa.me/?text=${text}`,
    telegram: `https://t.me/share/url?url=${encodeURIComponent(canonical!)}&text=${encodeURIComponent(title)}`,
    bluesky: `https://bsky.app/intent/compose?text=${text}`,
  })
  // Plain links: nothing of theirs is loaded, and they are not told where the visitor came from.
  expect(await page.$$eval('.share a[data-share^="w"], .share a[data-share^="t"], .share a[data-share^="b"]', (links) => links.map((link) => link.getAttribute('rel')))).toEqual([
    'noopener noreferrer',
    'noopener noreferrer',
    'noopener noreferrer',
  ])
  expect(await page.$$eval('script[src]', (scripts) => scripts.every((script) => new URL(script.getAttribute('src')!, location.href).origin === location.origin))).toBe(true)
  // Nothing wider than a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
}

describe('share links', () => {
  it('an article carries links to email, WhatsApp, Telegram and Bluesky with its address and title', async () => {
    const page = await open(withoutShare, LEAFLET)
    await expectShareLinksFor(page, { path: LEAFLET, title: 'Why we carry this banner' })
    await page.close()
  })

  it('a demo report in Arabic shares its Arabic address and title, right to left', async () => {
    const page = await open(withoutShare, `/ar${DEMO}`)
    await expectShareLinksFor(page, { path: `/ar${DEMO}`, title: ARABIC_DEMO_TITLE })
    expect(await page.textContent('.share a[data-share="whatsapp"]')).toBe('واتساب')
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    await page.close()
  })

  it('a photo page in Ukrainian shares the photo’s Ukrainian address', async () => {
    const page = await open(withoutShare, `/uk/photos/${photoId}`)
    const title = (await page.textContent('h1'))!.trim()
    await expectShareLinksFor(page, { path: `/uk/photos/${photoId}`, title })
    expect(await page.textContent('.share__label')).toBe('Поділитися')
    await page.close()
  })

  it('sends a visitor to their own Mastodon server’s share page, with no script, and refuses anything that is not a server name', async () => {
    const page = await open(withoutShare, LEAFLET)
    const arrived: string[] = []
    await page.route('https://example.social/**', (route) => {
      arrived.push(route.request().url())
      return route.fulfill({ status: 200, contentType: 'text/plain', body: 'the server’s share page' })
    })
    await page.click('.share__mastodon summary')
    await page.fill('.share__mastodon input[name="server"]', '@me@Example.Social')
    const canonical = await page.getAttribute('link[rel="canonical"]', 'href')
    await Promise.all([page.waitForURL('https://example.social/**'), page.click('.share__mastodon button[type="submit"]')])
    expect(arrived).toEqual([`https://example.social/share?text=${encodeURIComponent(`Why we carry this banner ${canonical}`)}`])

    const again = await open(withoutShare, LEAFLET)
    await again.click('.share__mastodon summary')
    await again.fill('.share__mastodon input[name="server"]', 'evil.example/phish?x=')
    const [answer] = await Promise.all([again.waitForResponse((response) => response.url().endsWith('/share/mastodon')), again.click('.share__mastodon button[type="submit"]')])
    expect(answer.status()).toBe(400)
    expect(await again.textContent('body')).toContain('That is not the address of a Mastodon server')
    expect(await again.getAttribute('a', 'href')).toBe(LEAFLET)
    await page.close()
    await again.close()
  })

  it('answers a Mastodon form sent from another site with a refusal, never a way onward', async () => {
    const body = new URLSearchParams({ server: 'example.social', text: 'hello' })
    const foreign: Record<string, string>[] = [{}, { Origin: 'https://evil.example' }, { 'Sec-Fetch-Site': 'cross-site', Origin: site.server.url }]
    for (const headers of foreign) {
      const response = await fetch(`${site.server.url}/share/mastodon`, { method: 'POST', body, headers, redirect: 'manual' })
      expect(response.status).toBe(403)
      expect(await response.text()).not.toContain('example.social')
    }
  })

  it('offers the browser’s own share sheet only where the browser has one, without moving the links', async () => {
    const plain = await open(withoutShare, LEAFLET)
    expect(await plain.$$('.share__native')).toHaveLength(0)
    const linksWithout = await plain.locator('.share__links').boundingBox()

    const native = await open(withShare, LEAFLET)
    await native.waitForSelector('.share__native')
    expect(await native.locator('.share__links').boundingBox()).toEqual(linksWithout)
    await native.click('.share__native')
    const canonical = await native.getAttribute('link[rel="canonical"]', 'href')
    expect(await native.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([{ title: 'Why we carry this banner', url: canonical }])
    await plain.close()
    await native.close()
  })
})

describe('feeds in three formats', () => {
  it('are announced in every page’s head, a topic’s page announcing its own first', async () => {
    const page = await open(withoutShare, '/uk/topics/palestine')
    const announced = await page.$$eval('link[rel="alternate"][type]', (links) => links.map((link) => [link.getAttribute('type'), new URL(link.getAttribute('href')!, location.href).pathname]))
    expect(announced).toEqual([
      ['application/rss+xml', '/uk/topics/palestine/feed.xml'],
      ['application/rss+xml', '/uk/feed.xml'],
      ['application/atom+xml', '/uk/topics/palestine/atom.xml'],
      ['application/atom+xml', '/uk/atom.xml'],
      ['application/feed+json', '/uk/topics/palestine/feed.json'],
      ['application/feed+json', '/uk/feed.json'],
    ])
    const article = await open(withoutShare, LEAFLET)
    expect(await article.$$eval('link[rel="alternate"][type]', (links) => links.map((link) => new URL(link.getAttribute('href')!, location.href).pathname))).toEqual([
      '/feed.xml',
      '/atom.xml',
      '/feed.json',
    ])
    await page.close()
    await article.close()
  })

  it('serve Atom and JSON Feed with the same items as RSS, for the site and each topic', async () => {
    const atom = await fetch(`${site.server.url}/atom.xml`)
    expect(atom.headers.get('content-type')).toMatch(/^application\/atom\+xml/)
    const xml = await atom.text()
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">')
    expect(xml).toContain('Why we carry this banner')
    expect(xml).toMatch(/<link rel="enclosure" href="http:\/\/[^"]+" type="image\/[a-z]+" length="\d+"\/>/)

    const json = await fetch(`${site.server.url}/topics/palestine/feed.json`)
    expect(json.headers.get('content-type')).toMatch(/^application\/feed\+json/)
    const feed = await json.json()
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.items.map((item: { title: string }) => item.title)).toContain('Why we carry this banner')
    const rss = await (await fetch(`${site.server.url}/topics/palestine/feed.xml`)).text()
    expect([...rss.matchAll(/<item>/g)]).toHaveLength(feed.items.length)

    for (const path of ['/atom.xml', '/uk/feed.json']) {
      const etag = (await fetch(`${site.server.url}${path}`)).headers.get('etag')
      expect(etag).toMatch(/^"[\w-]+"$/)
      expect((await fetch(`${site.server.url}${path}`, { headers: { 'If-None-Match': etag! } })).status).toBe(304)
    }

    expect((await fetch(`${site.server.url}/topics/no-such-topic/atom.xml`)).status).toBe(404)
    expect((await fetch(`${site.server.url}/ar/topics/no-such-topic/feed.json`)).status).toBe(404)
  })
})

describe('the index of topics', () => {
  it('lists every topic with what is published on it, linked, in each language, and the footer leads to it', async () => {
    const page = await open(withoutShare, '/')
    await Promise.all([page.waitForURL('**/topics'), page.click('.site-footer a[href="/topics"]')])
    expect(await page.textContent('h1')).toBe('Topics')
    const palestine = page.locator('.topic-index li', { has: page.locator('a[href="/topics/palestine"]') })
    expect(await palestine.locator('.counts').textContent()).toMatch(/^[1-9]\d* articles?, [1-9]\d* demonstrations?$/)

    const arabic = await open(withoutShare, '/ar/topics')
    expect(await arabic.textContent('h1')).toBe('المواضيع')
    expect(await arabic.$$eval('.topic-index a', (links) => links.every((link) => link.getAttribute('href')!.startsWith('/ar/topics/')))).toBe(true)
    const sitemap = await (await fetch(`${site.server.url}/sitemaps/pages.xml`)).text()
    expect(sitemap).toContain('/ar/topics</loc>')
    await page.close()
    await arabic.close()
  })
})

describe('the admin', () => {
  it('shows the group’s name and banner on its sign-in page, and no Payload logo', async () => {
    const page = await site.browser.newPage()
    await page.goto(`${site.server.url}/admin/login`)
    await page.waitForSelector('form input[name="email"]')
    expect(await page.textContent('.login__brand')).toContain(SITE_NAME)
    expect(await page.$$('.graphic-logo')).toHaveLength(0)
    expect(await page.getAttribute('link[rel="icon"][type="image/svg+xml"]', 'href')).toBe('/icon.svg')
    await page.close()
  })
})
