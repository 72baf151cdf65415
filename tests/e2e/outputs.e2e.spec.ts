import { describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { seededSite } from '@/tests/helpers/seededSite'

const site = seededSite()

describe('feeds, sitemap and previews served by the production build', () => {
  it('serves the RSS feed with the leaflet, absolute links and its picture', async () => {
    const response = await fetch(`${site.server.url}/feed.xml`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/rss\+xml/)
    const xml = await response.text()
    expect(xml).toMatch(/^<\?xml/)
    expect(xml).toContain('Why we carry this banner')
    expect(xml).toContain('London demonstration for ceasefire in Gaza')
    expect(xml).toMatch(/<link>http:\/\/[^<]+\/news\/why-we-carry-this-banner<\/link>/)
    const enclosure = xml.match(/<enclosure [^>]+>/)?.[0] ?? ''
    expect(enclosure).toMatch(/ url="http:\/\/[^"]+"/)
    expect(enclosure).toMatch(/ length="\d+"/)
    expect(enclosure).toMatch(/ type="image\/[a-z]+"/)
  })

  it('serves a feed per topic, and a 404 for an unknown topic', async () => {
    const palestine = await (await fetch(`${site.server.url}/topics/palestine/feed.xml`)).text()
    expect(palestine).toContain('Why we carry this banner')
    const civil = await (await fetch(`${site.server.url}/topics/civil-liberties/feed.xml`)).text()
    expect(civil).not.toContain('Why we carry this banner')
    expect((await fetch(`${site.server.url}/topics/no-such-topic/feed.xml`)).status).toBe(404)
  })

  it('lists the published pages in a sitemap index of parts, which robots.txt points to', async () => {
    const index = await fetch(`${site.server.url}/sitemap.xml`)
    expect(index.headers.get('content-type')).toMatch(/^application\/xml/)
    const partURLs = [...(await index.text()).matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((match) => match[1])
    expect(partURLs.map((url) => new URL(url).pathname)).toEqual(['/sitemaps/pages.xml', '/sitemaps/articles-1.xml', '/sitemaps/demos-1.xml'])
    const parts = await Promise.all(partURLs.map(async (url) => (await fetch(new URL(new URL(url).pathname, site.server.url))).text()))
    const sitemap = parts.join('\n')
    expect(sitemap).toContain('/news/why-we-carry-this-banner</loc>')
    expect(sitemap).toContain('/demos/london-ceasefire-in-gaza-2024-06-08</loc>')
    expect(sitemap).toContain('/topics/palestine</loc>')
    expect((await fetch(`${site.server.url}/sitemaps/articles-2.xml`)).status).toBe(404)
    const robots = await (await fetch(`${site.server.url}/robots.txt`)).text()
    expect(robots).toMatch(/Sitemap: http:\/\/\S+\/sitemap\.xml/)
    expect(robots).toContain('Disallow: /admin')
  })

  it('answers a reader who already has the current page or feed with a 304 and no body', async () => {
    for (const path of ['/news/why-we-carry-this-banner', '/feed.xml']) {
      const first = await fetch(`${site.server.url}${path}`)
      const etag = first.headers.get('etag')
      expect(etag).toMatch(/^"[\w-]+"$/)
      const again = await fetch(`${site.server.url}${path}`, { headers: { 'If-None-Match': etag! } })
      expect(again.status).toBe(304)
      expect(await again.text()).toBe('')
      expect(again.headers.get('content-security-policy')).toBeNull()
      const stale = await fetch(`${site.server.url}${path}`, { headers: { 'If-None-Match': '"an-older-version"' } })
      expect(stale.status).toBe(200)
      expect(stale.headers.get('etag')).toBe(etag)
    }
  })

  it('draws the default link-preview card at 1200×630', async () => {
    const response = await fetch(`${site.server.url}/og/default`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    const { width, height } = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
    expect([width, height]).toEqual([1200, 630])
  })
})
