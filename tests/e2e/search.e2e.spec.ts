import { describe, expect, it } from '@jest/globals'

import { ar } from '@/i18n/strings/ar'
import { uk } from '@/i18n/strings/uk'
import { screenshot } from '@/tests/helpers/browser'
import { seededSite } from '@/tests/helpers/seededSite'

const site = seededSite({ browser: true })

describe('the search page', () => {
  it('searches and narrows by type with its plain form, JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(`${site.server.url}/search?q=occupation`)
    expect(await page.locator('#results').innerText()).toMatch(/^\d+ results for “occupation”$/)
    const kinds = await page.locator('.results .meta').allInnerTexts()
    expect(kinds.some((kind) => kind.startsWith('Topic'))).toBe(true)
    expect(kinds.some((kind) => kind.startsWith('Article'))).toBe(true)
    expect((await page.locator('.results mark').allInnerTexts()).every((word) => /^occupation$/i.test(word))).toBe(true)
    await page.selectOption('#filter-type', 'topic')
    await page.click('form[role="search"] button[type="submit"]')
    await page.waitForURL((url) => url.searchParams.get('type') === 'topic')
    expect((await page.locator('.results .meta').allInnerTexts()).every((kind) => kind === 'Topic')).toBe(true)
    expect(await page.locator('#filter-type').inputValue()).toBe('topic')
    await screenshot(page, 'search-topics-phone')
    await context.close()
  })

  it('shows a hostile query and unknown filters back as text, and says where the results end', async () => {
    const response = await fetch(`${site.server.url}/search?q=${encodeURIComponent('occupation <img src=x onerror=alert(1)>')}&type=${encodeURIComponent('<b>x</b>')}&page=99`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<b>x</b>')
    expect(html).toContain('occupation &lt;img src=x onerror=alert(1)&gt;')
    for (const path of ['/search?q=', '/search?q=a', `/search?q=${'ж'.repeat(1000)}`, '/search?q=%25%25&year=abc&topic=..%2F..']) {
      expect((await fetch(`${site.server.url}${path}`)).status).toBe(200)
    }
  })

  it('says in the page’s language which filters it went without', async () => {
    const page = await site.browser.newPage()
    await page.goto(`${site.server.url}/uk/search?q=occupation&type=${encodeURIComponent('<b>x</b>')}&topic=no-such-topic&year=abc&page=x`)
    expect(await page.getByRole('list', { name: uk.site.search.notes.label }).getByRole('listitem').allInnerTexts()).toEqual([
      uk.site.search.notes.type,
      uk.site.search.notes.topic,
      uk.site.search.notes.year,
      uk.site.search.notes.page,
    ])
    await page.goto(`${site.server.url}/ar/search?q=occupation&type=article`)
    expect(await page.getByRole('list', { name: ar.site.search.notes.label }).count()).toBe(0)
    await page.close()
  })

  it('is kept by the server’s page cache, answered 304 when unchanged, and finds what is published next at once', async () => {
    const address = `${site.server.url}/search?q=zanzibar`
    const before = await fetch(address)
    expect(before.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(await before.text()).toContain('Nothing found for “zanzibar”')
    const again = await fetch(address, { headers: { 'If-None-Match': before.headers.get('etag')! } })
    expect(again.status).toBe(304)
    const created = await fetch(`${site.server.url}/api/articles`, {
      method: 'POST',
      headers: { Authorization: `JWT ${site.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Letters from Zanzibar', _status: 'published' }),
    })
    expect(created.status).toBe(201)
    expect(await (await fetch(address)).text()).toContain('Letters from <mark>Zanzibar</mark>')
  })
})
