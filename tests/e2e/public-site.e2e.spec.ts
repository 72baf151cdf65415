import { describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'

import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { seriousAccessibilityViolations } from '@/tests/helpers/axe'
import { screenshot } from '@/tests/helpers/browser'
import { seededSite } from '@/tests/helpers/seededSite'

const ARTICLE = '/news/why-we-carry-this-banner'
const DEMO = '/demos/london-ceasefire-in-gaza-2024-06-08'

const ROUTES = [
  { path: '/', name: 'home', heading: 'Ukraine Information Group' },
  { path: '/news', name: 'news', heading: 'News' },
  { path: ARTICLE, name: 'article', heading: 'Why we carry this banner' },
  { path: '/demos', name: 'demos', heading: 'Demonstrations' },
  { path: DEMO, name: 'demo-report', heading: 'London demonstration for ceasefire in Gaza' },
  { path: '/topics/palestine', name: 'topic', heading: 'Palestine' },
  { path: '/search?q=banner', name: 'search', heading: 'Search' },
  { path: '/about', name: 'about', heading: 'About Ukraine Information Group' },
  { path: '/join', name: 'join', heading: 'Join us' },
]

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
]

const site = seededSite({ browser: true })

async function open(path: string, viewport = VIEWPORTS[1]) {
  const page = await site.browser.newPage({ viewport })
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  const response = await page.goto(`${site.server.url}${path}`)
  return { page, response, errors }
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

describe.each(VIEWPORTS)('every public page on a $name ($width×$height)', (viewport) => {
  it.each(ROUTES)('$path renders, fits the screen, logs no errors and passes axe', async (route) => {
    const { page, response, errors } = await open(route.path, viewport)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').first().innerText()).toContain(route.heading)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await screenshot(page, `${route.name}-${viewport.name}`)
    await page.close()
  })
})

describe('unknown addresses', () => {
  it.each(['/no-such-page', '/news/no-such-article', '/demos/no-such-demo', '/topics/no-such-topic', '/news?page=999', '/news?page=abc', '/news?page=-1', '/demos?page=0'])(
    '%s is a real 404 with a helpful page',
    async (path) => {
      const { page, response } = await open(path)
      expect(response?.status()).toBe(404)
      expect(await page.locator('h1').innerText()).toBe('Page not found')
      expect(await page.locator('form[role="search"]').count()).toBe(1)
      await page.close()
    },
  )

  it.each([
    ['/news/no-such-article', 'en', 'ltr'],
    ['/demos/no-such-demo', 'en', 'ltr'],
    ['/news?page=999', 'en', 'ltr'],
    ['/photos/999999', 'en', 'ltr'],
    ['/photos/999999?year=2024', 'en', 'ltr'],
    ['/ar/news/no-such-article', 'ar', 'rtl'],
    ['/uk/topics/no-such-topic', 'uk', 'ltr'],
  ])('%s answers 404 with the whole page in its HTML, for visitors and crawlers without JavaScript', async (path, lang, dir) => {
    const response = await fetch(`${site.server.url}${path}`)
    expect(response.status).toBe(404)
    const html = await response.text()
    expect(html).not.toContain('__next_error__')
    expect(html).toMatch(new RegExp(`<html lang="${lang}" dir="${dir}"`))
    expect(html).toContain('<header')
    expect(html).toContain(`<h1>${siteText(lang as LanguageCode).notFound.title}</h1>`)
    expect(html).toMatch(/<meta name="robots" content="noindex/)
  })

  it('answers a 10,000-character search without an error', async () => {
    const { response } = await open(`/search?q=${'a'.repeat(10_000)}`)
    expect(response?.status()).toBe(200)
  })
})

describe('the leaflet article', () => {
  it('shows the comparison table as a real table, readable on a 360 px phone without sideways scrolling', async () => {
    const { page } = await open(ARTICLE, { name: 'small', width: 360, height: 740 })
    const table = page.locator('.rich-text table')
    expect(await table.locator('thead th[scope="col"]').allInnerTexts()).toEqual(['Israel in Palestine', 'Russia in Ukraine'])
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(6)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    const tableWidth = await table.evaluate((element) => element.getBoundingClientRect().width)
    expect(tableWidth).toBeLessThanOrEqual(360)
    await page.locator('.rt-table').screenshot({ path: 'tests/e2e/artifacts/leaflet-table-360.png' })
    await page.close()
  })

  it('quotes with <blockquote> and <cite>, dates with <time>, and sizes its hero image', async () => {
    const { page } = await open(ARTICLE)
    expect(await page.locator('blockquote + figcaption cite').innerText()).toMatch(/Tanya Vyhovsky/)
    expect(await page.locator('article header time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    const hero = page.locator('.hero img')
    expect(await hero.getAttribute('width')).toBeTruthy()
    expect(await hero.getAttribute('height')).toBeTruthy()
    expect(await hero.getAttribute('srcset')).toMatch(/\d+w/)
    await page.close()
  })

  it('links to its demonstration and its topics', async () => {
    const { page } = await open(ARTICLE)
    await page.locator('.related a').first().click()
    await page.waitForURL(`${site.server.url}${DEMO}`)
    expect(await page.locator('h1').innerText()).toBe('London demonstration for ceasefire in Gaza')
    expect(await page.locator('.gallery img').count()).toBeGreaterThan(0)
    await page.close()
  })

  it('gives link previews an absolute image, a canonical address and NewsArticle data', async () => {
    const html = await (await fetch(`${site.server.url}${ARTICLE}`)).text()
    const meta = (property: string) => html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`))?.[1]
    expect(meta('og:title')).toBe('Why we carry this banner')
    expect(meta('og:description')).toMatch(/one banner/)
    expect(meta('og:image')).toMatch(/^http:\/\/.+\.(jpg|jpeg|png|webp)$/)
    expect(meta('twitter:card')).toBe('summary_large_image')
    expect(html).toMatch(/<link rel="canonical" href="http:\/\/[^"]+\/news\/why-we-carry-this-banner"/)
    const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1])
    expect(jsonLd['@type']).toBe('NewsArticle')
    expect(jsonLd.headline).toBe('Why we carry this banner')
  })
})

describe('the demo report', () => {
  it('describes the demonstration as an Event with its place and date', async () => {
    const html = await (await fetch(`${site.server.url}${DEMO}`)).text()
    const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1])
    expect(jsonLd['@type']).toBe('Event')
    expect(jsonLd.startDate).toMatch(/^2024-06-08/)
    expect(JSON.stringify(jsonLd.location)).toContain('London')
  })
})

describe('the contact address', () => {
  it('never appears as a plain address in the HTML, but works as a link in the browser', async () => {
    const html = await (await fetch(`${site.server.url}/join`)).text()
    expect(html).not.toContain('2022ukrainesolidarity@gmail.com')
    const { page } = await open('/join')
    const link = page.locator('a[href^="mailto:"]')
    await link.waitFor()
    expect(await link.getAttribute('href')).toBe('mailto:2022ukrainesolidarity@gmail.com')
    await page.close()
  })
})

describe('freshness', () => {
  it('shows a newly published article on its page, the news list and the home page within a second', async () => {
    // Read twice first, so the lists are held in the server's memory as well as in Next's cache.
    for (const path of ['/news', '/', '/news', '/']) expect((await fetch(`${site.server.url}${path}`)).status).toBe(200)
    const started = Date.now()
    const created = await fetch(`${site.server.url}/api/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${site.token}` },
      body: JSON.stringify({ title: 'Fresh from the march', standfirst: 'Just published.', _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const published = Date.now()
    for (const path of ['/news/fresh-from-the-march', '/news', '/']) {
      const html = await (await fetch(`${site.server.url}${path}`)).text()
      expect({ path, visible: html.includes('Fresh from the march') }).toEqual({ path, visible: true })
    }
    expect(Date.now() - published).toBeLessThan(1000 + (published - started))
  })

  it('takes an unpublished article off its page and the lists', async () => {
    const { docs } = await site.payload.find({ collection: 'articles', where: { slug: { equals: 'fresh-from-the-march' } } })
    const response = await fetch(`${site.server.url}/api/articles/${docs[0].id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${site.token}` },
      body: JSON.stringify({ _status: 'draft' }),
    })
    expect(response.status).toBe(200)
    expect((await fetch(`${site.server.url}/news/fresh-from-the-march`)).status).toBe(404)
    expect(await (await fetch(`${site.server.url}/news`)).text()).not.toContain('Fresh from the march')
  })
})

describe('draft preview', () => {
  it('refuses visitors', async () => {
    const response = await fetch(`${site.server.url}/next/preview?path=/news/anything`, { redirect: 'manual' })
    expect(response.status).toBe(403)
  })

  it('shows an editor the draft, and visitors still get a 404', async () => {
    const created = await fetch(`${site.server.url}/api/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${site.token}` },
      body: JSON.stringify({ title: 'Unpublished thoughts' }),
    })
    expect(created.status).toBe(201)
    expect((await fetch(`${site.server.url}/news/unpublished-thoughts`)).status).toBe(404)

    const context = await site.browser.newContext()
    await context.addCookies([{ name: 'payload-token', value: site.token, url: site.server.url }])
    const page = await context.newPage()
    await page.goto(`${site.server.url}/next/preview?path=${encodeURIComponent('/news/unpublished-thoughts')}`)
    expect(await page.locator('h1').innerText()).toBe('Unpublished thoughts')
    expect(await page.locator('.preview-banner').innerText()).toContain('previewing drafts')
    await context.close()
  })

  it('shows an editor the draft of a page visitors have cached, and visitors the published page', async () => {
    const created = await fetch(`${site.server.url}/api/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${site.token}` },
      body: JSON.stringify({ title: 'Published before the march', standfirst: 'As published.', _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number | string } }
    const path = '/news/published-before-the-march'
    await new Promise((resolve) => setTimeout(resolve, 1500)) // past the moment a change leaves nothing cached
    for (let read = 0; read < 2; read++) expect(await (await fetch(`${site.server.url}${path}`)).text()).toContain('As published.')

    const edited = await fetch(`${site.server.url}/api/articles/${doc.id}?draft=true`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${site.token}` },
      body: JSON.stringify({ standfirst: 'Edited after the march.' }),
    })
    expect(edited.status).toBe(200)
    const context = await site.browser.newContext()
    await context.addCookies([{ name: 'payload-token', value: site.token, url: site.server.url }])
    const page = await context.newPage()
    await page.goto(`${site.server.url}/next/preview?path=${encodeURIComponent(path)}`)
    expect(await page.locator('main').innerText()).toContain('Edited after the march.')
    await context.close()
    const visitorSees = await (await fetch(`${site.server.url}${path}`)).text()
    expect(visitorSees).toContain('As published.')
    expect(visitorSees).not.toContain('Edited after the march.')
  })
})
