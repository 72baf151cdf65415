import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { anyText, encodePart, INJECTIONS, numberLike, pathSegment, queryString, UNDECODABLE_SEGMENTS } from '@/tests/e2e/bad-input/hostile'
import { rawMarkupIn } from '@/tests/e2e/bad-input/markup'
import { attack, json, runs, suite } from '@/tests/e2e/bad-input/suite'

/** Every public address that takes a path segment, with `{}` where the segment goes. */
const SEGMENT_ROUTES = [
  '/{}',
  '/{}/news',
  '/{}/news/why-we-carry-this-banner',
  '/{}/feed.xml',
  '/{}/atom.xml',
  '/{}/feed.json',
  '/en/{}',
  '/uk/{}',
  '/ar/news/{}',
  '/uk/photos/{}',
  '/ar/topics/{}/feed.xml',
  '/uk/topics/{}/feed.json',
  '/uk/og/{}',
  '/news/{}',
  '/news/page/{}',
  '/demos/{}',
  '/demos/page/{}',
  '/demos/{}/calendar.ics',
  '/meetings/{}',
  '/meetings/page/{}',
  '/meetings/{}/calendar.ics',
  '/uk/meetings/{}/calendar.ics',
  '/{}/calendar.ics',
  '/topics/{}',
  '/topics/{}/feed.xml',
  '/topics/{}/atom.xml',
  '/topics/{}/feed.json',
  '/share/{}',
  '/photos/{}',
  '/photos/{}/filtered',
  '/photos/filtered/{}/_/_/1',
  '/photos/filtered/_/{}/_/1',
  '/photos/filtered/_/_/_/{}',
  '/sitemaps/{}',
  '/search/{}',
  '/og/{}',
  '/next/{}',
  '/admin/collections/articles/{}',
  '/api/{}',
  '/api/articles/{}',
  '/api/media/file/{}',
  '/api/globals/{}',
]

/** Every public page, including the planted documents' own, in English and in each other language. */
function publicPages(): string[] {
  const english = englishPages()
  const inLanguages = english.filter((page) => !/^\/(?:api|next|sitemap|robots)/.test(page)).flatMap((page) => [`/uk${page === '/' ? '' : page}`, `/ar${page === '/' ? '' : page}`])
  return [...english, ...inLanguages]
}

function englishPages(): string[] {
  const { article, report, topic, photo } = suite.planted
  return [
    '/',
    '/news',
    '/news/page/1',
    `/news/${article.slug}`,
    '/demos',
    '/demos/page/1',
    `/demos/${report.slug}`,
    '/meetings',
    '/meetings/page/1',
    '/calendar.ics',
    `/topics/${topic.slug}`,
    `/topics/${topic.slug}/feed.xml`,
    `/topics/${topic.slug}/atom.xml`,
    `/topics/${topic.slug}/feed.json`,
    '/topics',
    '/search',
    '/about',
    '/join',
    '/photos',
    '/photos/filtered/_/_/_/1',
    `/photos/${photo.id}`,
    '/photos/banner',
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/share/mastodon',
    '/sitemap.xml',
    '/sitemaps/pages.xml',
    '/sitemaps/articles-1.xml',
    '/robots.txt',
    '/og/default',
    '/next/preview',
    '/next/exit-preview',
    '/next/revalidate',
    '/api/health',
  ]
}

export function describePublicPages() {
  describe('public pages', () => {
    it('answer any text as a path segment on every route with a page or a 404, never a server error', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...SEGMENT_ROUTES), pathSegment, async (route, segment) => {
          await attack('route segments', { path: route.replace('{}', segment) })
        }),
        runs(300),
      )
    }, 180_000)

    it.each(SEGMENT_ROUTES)('%s answers percent-escapes that decode to no text at all with a client error', async (route) => {
      for (const segment of UNDECODABLE_SEGMENTS) await attack('route segments', { path: route.replace('{}', segment) })
    })

    it('answer any query string on every page', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...publicPages()), queryString, async (page, query) => {
          await attack('query strings', { path: `${page}${query}` })
        }),
        runs(300),
      )
    }, 180_000)

    it('show a list page only for a whole page number, and a 404 for every other page number', async () => {
      const lists = ['/news/page/{}', '/demos/page/{}', '/meetings/page/{}', '/news?page={}', '/demos?page={}', '/meetings?page={}', '/photos?page={}']
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...lists), numberLike.filter((number) => number !== ''), async (list, number) => {
          const answer = await attack('page numbers', { path: list.replace('{}', encodePart(number)) })
          const firstPage = /^0*1$/.test(number)
          expect(answer.status).toBe(firstPage ? 200 : 404)
        }),
        runs(150),
      )
      // Dot segments in the query: rewritten into a path as they stand, they would name another page.
      for (const list of lists.filter((list) => list.includes('?'))) {
        for (const dots of ['.', '..', '%2E%2E', './', '../news', 'a/..']) {
          expect((await attack('page numbers', { path: list.replace('{}', dots) })).status).toBe(404)
        }
      }
    }, 120_000)

    it('refuse or answer 1 MB query strings and 100 KB paths, and stay up', async () => {
      const huge = 'a'.repeat(1024 * 1024)
      for (const path of [`/search?q=${huge}`, `/news?page=${huge}`, `/photos?demo=${huge}`, `/api/articles?where[title][like]=${huge}`]) {
        await attack('oversized addresses', { path }, { allowCutOff: true })
      }
      for (const path of [`/news/${'a'.repeat(100_000)}`, `/topics/${'%41'.repeat(30_000)}/feed.xml`]) {
        await attack('oversized addresses', { path }, { allowCutOff: true })
      }
      expect((await attack('oversized addresses', { path: '/' })).status).toBe(200)
    })

    it('ignore hostile request headers: Next internals, forged preview cookies, foreign hosts', async () => {
      const page = `/news/${suite.planted.article.slug}`
      const headerSets: Record<string, string>[] = [
        { RSC: '1', 'Next-Router-State-Tree': 'garbage' },
        { RSC: '1', 'Next-Router-State-Tree': encodePart('["",{"children":["__PAGE__",{}]},null,null,true]'.repeat(50)) },
        { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/../../etc/passwd' },
        { 'Next-Url': '/%ff' },
        { Cookie: '__prerender_bypass=forged; __next_preview_data=forged' },
        { Cookie: `payload-token=${'x'.repeat(4000)}` },
        { Cookie: Array.from({ length: 200 }, (_, index) => `c${index}=${index}`).join('; ') },
        { 'X-Forwarded-Host': 'forwarded.example', 'X-Forwarded-Proto': 'javascript' },
        { Host: 'forwarded.example' },
        { 'Accept-Language': ';;;;q=x,,' + 'a-'.repeat(500) },
        { Accept: 'text/x-component' },
        { 'Accept-Encoding': 'gzip;q=NaN, br;q=-1, *;q=1e309' },
        { 'If-None-Match': '"'.repeat(100) },
        { 'If-Modified-Since': 'yesterday' },
        { Range: 'bytes=999999999-' },
        { Range: `bytes=${Array.from({ length: 200 }, (_, index) => `${index}-${index}`).join(',')}` },
        { 'X-Middleware-Subrequest': 'middleware:middleware:middleware:middleware:middleware' },
        { 'X-Invoke-Path': '/admin', 'X-Invoke-Query': '%ff' },
      ]
      for (const headers of headerSets) {
        for (const path of [page, '/', '/og/default', `/api/media/file/${suite.planted.photo.filename}`]) {
          const answer = await attack('hostile headers', { path, headers })
          expect(answer.text).not.toContain('forwarded.example')
        }
      }
      const action = await attack('hostile headers', { method: 'POST', path: page, headers: { 'Next-Action': 'garbage', 'Content-Type': 'text/plain' }, body: '[]' })
      expect(action.status).toBeGreaterThanOrEqual(400)
    })

    it.each(['HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND', 'BREW'])('answer %s on every page without a server error', async (method) => {
      for (const path of publicPages()) await attack('methods', { method, path, ...json({ a: 1 }) })
    })

    it('never redirect from the preview routes to another site', async () => {
      const origin = new URL(suite.target.url).origin
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('/next/exit-preview', '/next/preview'),
          fc.oneof(
            anyText().map((text) => `/${text}`),
            fc.constantFrom('//evil.example', '/..//evil.example', '/\\evil.example', '/%2f%2fevil.example', 'https://evil.example', '/%0d%0aLocation:%20https://evil.example', '/\u2028', '/ü', '/%ff'),
          ),
          async (route, path) => {
            const answer = await attack('redirects', { path: `${route}?path=${encodePart(path)}` })
            const location = answer.headers.location
            if (location) expect(new URL(String(location), suite.target.url).origin).toBe(origin)
            if (route === '/next/preview') expect(answer.status).toBeGreaterThanOrEqual(400)
          },
        ),
        runs(100),
      )
    }, 120_000)

    it('send a Mastodon share only to a plain host name, from our own pages, and refuse every other form', async () => {
      const origin = new URL(suite.target.url).origin
      const hosts = fc.oneof(
        anyText(),
        fc.constantFrom('evil.example/path', '//evil.example', 'javascript:alert(1)', 'user:pass@evil.example', 'evil.example:8080', '127.0.0.1', '[::1]', 'a..b', '-a.example', 'xn--.example', 'é.example', 'example.social\r\nLocation: //evil'),
      )
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('/share/mastodon', '/ar/share/mastodon'), hosts, fc.oneof(anyText(1200), fc.constantFrom(...INJECTIONS)), async (route, server, text) => {
          const body = new URLSearchParams({ server, text, page: text }).toString()
          const headers = { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin, 'Sec-Fetch-Site': 'same-origin' }
          const answer = await attack('share forms', { method: 'POST', path: route, headers, body })
          expect(answer.headers.location).toBeUndefined()
          expect(rawMarkupIn(answer.text)).toEqual([])
          const onward = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(answer.text)?.[1]
          if (answer.status === 200) expect(onward?.replaceAll('&amp;', '&')).toMatch(/^https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+\/share\?text=[^&]*$/)
          else expect([400, 413]).toContain(answer.status)
        }),
        runs(150),
      )
      const crossSite = await attack('share forms', { method: 'POST', path: '/share/mastodon', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' }, body: 'server=example.social&text=x' })
      expect(crossSite.status).toBe(403)
    }, 120_000)

    it('echo a hostile search as text', async () => {
      for (const injection of INJECTIONS) {
        const answer = await attack('escaping', { path: `/search?q=${encodePart(injection)}` })
        expect(rawMarkupIn(answer.text)).toEqual([])
      }
    })
  })
}
