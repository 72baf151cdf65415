import fs from 'node:fs'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import sharp from 'sharp'

import { toLexical } from '@/seed/lexical'

import { seriousAccessibilityViolations } from '@/tests/helpers/axe'
import { screenshot } from '@/tests/helpers/browser'
import { seededSite } from '@/tests/helpers/seededSite'

const body = (text: string) => toLexical([{ kind: 'paragraph', text }])

const LEAFLET = '/news/why-we-carry-this-banner'
const DEMO = '/demos/london-ceasefire-in-gaza-2024-06-08'
const ARABIC_TITLE = 'وقف إطلاق النار الآن: من لندن إلى غزة'
const ARABIC_DEMO_TITLE = 'مظاهرة لندن من أجل وقف إطلاق النار في غزة'

let translatedSlug = ''
/** Freshness is promised within 1 s; the margin keeps two busy cores from failing it by chance. */
const VISIBLE_WITHIN_MS = 1500
const UKRAINIAN_ALTERNATE = /<link[^>]+rel="alternate"[^>]+hreflang="uk"/i

const site = seededSite({
  browser: true,
  // The seed keeps the group's leaflet in English only: the translated content is the tests' own.
  addMore: async (payload) => {
    const article = await payload.create({
      collection: 'articles',
      context: { disableRevalidate: true },
      data: { title: 'Ceasefire now: from London to Gaza', standfirst: 'Why we marched.', body: body('We marched for a ceasefire.'), _status: 'published' },
    })
    translatedSlug = article.slug!
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'ar',
      context: { disableRevalidate: true },
      data: { title: ARABIC_TITLE, standfirst: 'لماذا سرنا.', body: body('سرنا من أجل وقف إطلاق النار.'), _status: 'published' },
    })
    const { docs } = await payload.find({ collection: 'demo-reports', where: { slug: { equals: DEMO.split('/').at(-1) } }, limit: 1 })
    await payload.update({
      collection: 'demo-reports',
      id: docs[0].id,
      locale: 'ar',
      context: { disableRevalidate: true },
      data: { title: ARABIC_DEMO_TITLE, cause: 'وقف إطلاق النار في غزة', _status: 'published' },
    })
  },
})

let page: Page

beforeAll(async () => {
  page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } })
})

const get = (path: string, init?: RequestInit) => fetch(`${site.server.url}${path}`, { redirect: 'manual', ...init })

async function open(path: string, width = 1280) {
  await page.setViewportSize({ width, height: 900 })
  const response = await page.goto(`${site.server.url}${path}`)
  expect(response?.status()).toBe(200)
}

const head = (selector: string, attribute: string) => page.locator(selector).evaluateAll((nodes, name) => nodes.map((node) => node.getAttribute(name)), attribute)

describe('addresses in three languages', () => {
  it('keeps every English address, and puts Ukrainian and Arabic under their prefix with the right language and direction', async () => {
    for (const [path, lang, dir] of [
      ['/', 'en', 'ltr'],
      [LEAFLET, 'en', 'ltr'],
      ['/uk', 'uk', 'ltr'],
      [`/uk${LEAFLET}`, 'uk', 'ltr'],
      ['/ar/photos', 'ar', 'rtl'],
      [`/ar${DEMO}`, 'ar', 'rtl'],
      ['/uk/search?q=banner', 'uk', 'ltr'],
    ]) {
      const html = await (await get(path)).text()
      expect(html).toMatch(new RegExp(`<html[^>]* lang="${lang}"[^>]* dir="${dir}"`))
    }
  })

  it('redirects /en/… permanently to the unprefixed address, and answers an unknown prefix with a 404', async () => {
    for (const [from, to] of [
      ['/en', '/'],
      [`/en${LEAFLET}`, LEAFLET],
      ['/en/news?page=2', '/news?page=2'],
    ]) {
      const response = await get(from)
      expect(response.status).toBe(308)
      expect(new URL(response.headers.get('location')!, site.server.url).pathname + new URL(response.headers.get('location')!, site.server.url).search).toBe(to)
    }
    for (const path of ['/xx', `/de${LEAFLET}`, '/fr/photos?year=2024', '/uk/no-such-page', '/ar/news/no-such-article']) {
      expect((await get(path)).status).toBe(404)
    }
  })

  it('never redirects by Accept-Language', async () => {
    const response = await get('/', { headers: { 'Accept-Language': 'ar,uk;q=0.8' } })
    expect(response.status).toBe(200)
    expect(await response.text()).toMatch(/<html[^>]* lang="en"/)
  })
})

describe('a document in the languages it has', () => {
  it('shows an untranslated article in English on the Ukrainian address, says so, and points search engines to the English page', async () => {
    await open(`/uk${LEAFLET}`)
    await page.getByRole('note').first().waitFor()
    expect(await page.locator('[role="note"] a').first().getAttribute('href')).toBe(LEAFLET)
    expect(await page.locator('h1').first().evaluate((node) => node.closest('[lang]')?.getAttribute('lang'))).toBe('en')
    expect(await head('link[rel="canonical"]', 'href')).toEqual([expect.stringMatching(new RegExp(`${LEAFLET}$`))])
    expect((await head('link[rel="alternate"][hreflang]', 'hreflang')).sort()).toEqual(['en', 'x-default'])
  })

  it('shows a translated article in Arabic, right to left, with hreflang, og:locale and JSON-LD in Arabic', async () => {
    await open(`/ar/news/${translatedSlug}`)
    expect(await page.locator('h1').first().textContent()).toBe(ARABIC_TITLE)
    expect(await page.getByRole('note').count()).toBe(0)
    expect((await head('link[rel="alternate"][hreflang]', 'hreflang')).sort()).toEqual(['ar', 'en', 'x-default'])
    expect(await head('link[rel="canonical"]', 'href')).toEqual([expect.stringMatching(new RegExp(`/ar/news/${translatedSlug}$`))])
    expect(await head('meta[property="og:locale"]', 'content')).toEqual(['ar_AR'])
    expect(await head('meta[property="og:locale:alternate"]', 'content')).toEqual(['en_GB'])
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
    expect(jsonLd).toMatchObject({ inLanguage: 'ar', headline: ARABIC_TITLE })
    for (const width of [390, 1280]) {
      await open(`/ar/news/${translatedSlug}`, width)
      expect(fs.existsSync(await screenshot(page, `site-arabic-article-${width}`))).toBe(true)
      await open(`/ar${DEMO}`, width)
      expect(fs.existsSync(await screenshot(page, `site-arabic-demo-report-${width}`))).toBe(true)
    }
    expect(await page.locator('h1').first().textContent()).toBe(ARABIC_DEMO_TITLE)
  })
})

describe('arrows', () => {
  it('point the way the page reads: in Arabic "newer" sits on the right and points right', async () => {
    const { docs } = await site.payload.find({ collection: 'media', where: { visibility: { equals: 'public' } }, sort: '-takenAt', depth: 0, limit: 3 })
    const arrowOf = (rel: string) => page.locator(`.pagination a[rel="${rel}"]`)
    const facing = async (rel: string) => ({
      x: (await arrowOf(rel).boundingBox())!.x,
      transform: await arrowOf(rel).locator('.arrow').evaluate((arrow) => getComputedStyle(arrow).transform),
    })
    await open(`/photos/${docs[1].id}`)
    const [englishNewer, englishOlder] = [await facing('prev'), await facing('next')]
    expect(englishNewer.x).toBeLessThan(englishOlder.x)
    expect([englishNewer.transform, englishOlder.transform]).toEqual(['none', 'none'])
    await open(`/ar/photos/${docs[1].id}`)
    const [arabicNewer, arabicOlder] = [await facing('prev'), await facing('next')]
    expect(arabicNewer.x).toBeGreaterThan(arabicOlder.x)
    expect([arabicNewer.transform, arabicOlder.transform]).toEqual(['matrix(-1, 0, 0, 1, 0, 0)', 'matrix(-1, 0, 0, 1, 0, 0)'])
    expect(await arrowOf('prev').textContent()).toBe('← صورة أحدث')
  })
})

describe('the language switcher', () => {
  it('works without JavaScript and keeps the visitor on the same page', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false })
    const noScript = await context.newPage()
    await noScript.goto(`${site.server.url}/news/${translatedSlug}`)
    await noScript.getByRole('link', { name: 'العربية' }).click()
    await noScript.waitForURL(`**/ar/news/${translatedSlug}`)
    expect(await noScript.locator('html').getAttribute('dir')).toBe('rtl')
    await noScript.getByRole('link', { name: 'English' }).click()
    await noScript.waitForURL(`**/news/${translatedSlug}`)
    expect(new URL(noScript.url()).pathname).toBe(`/news/${translatedSlug}`)
    await context.close()
  })
})

describe('every language is readable by everyone', () => {
  it('has no serious accessibility issue and no sideways scrolling, at phone and desktop widths', async () => {
    for (const path of ['/', '/uk', '/ar', `/ar/news/${translatedSlug}`, `/uk${LEAFLET}`, '/ar/photos', '/uk/demos']) {
      for (const width of [390, 1280]) {
        await open(path, width)
        expect({ path, width, violations: await seriousAccessibilityViolations(page) }).toEqual({ path, width, violations: [] })
      }
      await open(path, 360)
      expect({ path, overflow: await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth) }).toEqual({ path, overflow: false })
    }
  })
})

describe('outputs per language', () => {
  it('serves a feed per language holding only what is written in it, topic feeds too', async () => {
    const arabic = await (await get('/ar/feed.xml')).text()
    expect(arabic).toContain(ARABIC_TITLE)
    expect(arabic).not.toContain('Why we carry this banner')
    expect(arabic).toContain('<language>ar</language>')
    expect(arabic).toMatch(new RegExp(`<link>http://[^<]+/ar/news/${translatedSlug}</link>`))
    const english = await (await get('/feed.xml')).text()
    expect(english).toContain('Why we carry this banner')
    expect((await get('/uk/topics/palestine/feed.xml')).status).toBe(200)
    expect(await (await get('/uk/topics/palestine/feed.xml')).text()).not.toContain('Why we carry this banner')
  })

  it('lists each language of a page in the sitemap with xhtml:link alternates', async () => {
    const part = await (await get('/sitemaps/articles-1.xml')).text()
    expect(part).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
    expect(part).toMatch(new RegExp(`<loc>[^<]+/ar/news/${translatedSlug}</loc>`))
    expect(part).toMatch(new RegExp(`<xhtml:link rel="alternate" hreflang="ar" href="[^"]+/ar/news/${translatedSlug}"/>`))
    expect(part).not.toContain(`/ar${LEAFLET}<`)
  })

  it('letters the link-preview card in each language, Arabic right to left', async () => {
    for (const path of ['/og/default', '/uk/og/default', '/ar/og/default']) {
      const response = await get(path)
      expect(response.headers.get('content-type')).toBe('image/png')
      const { width, height } = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
      expect({ width, height }).toEqual({ width: 1200, height: 630 })
    }
  })
})

describe('a translation published later', () => {
  it('reaches its page and every other language’s hreflang within a second (1.5 s on busy machines)', async () => {
    const { docs } = await site.payload.find({ collection: 'articles', where: { slug: { equals: LEAFLET.split('/').at(-1) } }, limit: 1 })
    // Both pages are cached before the translation arrives.
    for (let i = 0; i < 2; i++) {
      await get(`/uk${LEAFLET}`)
      await get(LEAFLET)
    }
    const response = await get(`/api/articles/${docs[0].id}?locale=uk&publishSpecificLocale=uk`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${site.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Чому ми несемо цей прапор', _status: 'published' }),
    })
    expect(response.status).toBe(200)
    const deadline = Date.now() + VISIBLE_WITHIN_MS
    let ukrainian = ''
    let english = ''
    do {
      ;[ukrainian, english] = await Promise.all([(await get(`/uk${LEAFLET}`)).text(), (await get(LEAFLET)).text()])
    } while ((!ukrainian.includes('Чому ми несемо цей прапор') || !UKRAINIAN_ALTERNATE.test(english)) && Date.now() < deadline)
    expect(ukrainian).toContain('Чому ми несемо цей прапор')
    expect(english).toMatch(UKRAINIAN_ALTERNATE)
    expect(english).toContain('Why we carry this banner</h1>')
  })
})
