import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, describe, expect, it } from '@jest/globals'

import { EVERY_KEPT_PAGE, planFor } from '@/lib/cache/plan'
import { proxyMayKeep } from '@/lib/cache/proxyKeeps'
import { applyPolicyAndETag } from '@/server/pagePolicyResponse'
import { purgeProxy } from '@/lib/cache/purge'

describe('what a change expires', () => {
  it('a published article expires its page, the lists, its topics, the index of topics, the feeds in every format and the sitemap', () => {
    const plan = planFor({ kind: 'articles', docs: [{ slug: 'ceasefire-now', topics: ['gaza'] }] })
    expect(plan.tags).toEqual(expect.arrayContaining(['articles', 'article:ceasefire-now']))
    expect(plan.addresses).toEqual(
      expect.arrayContaining([
        '/news/ceasefire-now',
        '/',
        '/news',
        '/news/page/[page]',
        '/topics',
        '/topics/gaza',
        '/topics/gaza/feed.xml',
        '/topics/gaza/atom.xml',
        '/topics/gaza/feed.json',
        '/feed.xml',
        '/atom.xml',
        '/feed.json',
        '/sitemap.xml',
      ]),
    )
    expect(planFor({ kind: 'demo-reports', docs: [{ slug: 'march', topics: [] }] }).addresses).toEqual(expect.arrayContaining(['/topics', '/ar/topics', '/uk/feed.json']))
  })

  it('a meeting expires its page and calendar, the meetings list, /join, the home page and the calendar feed', () => {
    const plan = planFor({ kind: 'meetings', docs: [{ slug: 'join-our-discussions', topics: ['ukraine'] }] })
    expect(plan.tags).toEqual(expect.arrayContaining(['meetings', 'meeting:join-our-discussions']))
    const expected = ['/meetings/join-our-discussions', '/meetings/join-our-discussions/calendar.ics', '/meetings', '/meetings/page/[page]', '/join', '/', '/calendar.ics', '/topics/ukraine', '/sitemap.xml']
    expect(plan.addresses).toEqual(expect.arrayContaining([...expected, '/uk/join', '/ar/calendar.ics']))
    for (const address of expected.filter((address) => !address.includes('['))) expect(proxyMayKeep(address)).toBe(true)
  })

  it('a demo report expires the calendar feed and its own calendar too', () => {
    const plan = planFor({ kind: 'demo-reports', docs: [{ slug: 'march', topics: [] }] })
    expect(plan.addresses).toEqual(expect.arrayContaining(['/demos/march', '/demos/march/calendar.ics', '/calendar.ics', '/uk/calendar.ics']))
    expect(plan.addresses).not.toContain('/join')
  })

  it('a photo sent back to review or withdrawn expires its page, its removal form, the archive and its files', () => {
    const plan = planFor({ kind: 'photos', ids: [7], files: ['banner.jpg', 'banner-400x300.webp'] })
    expect(plan.tags).toContain('media')
    expect(plan.addresses).toEqual(
      expect.arrayContaining(['/photos/7', '/photos/7/remove', '/uk/photos/7/remove', '/photos', '/photos/banner', '/api/media/file/banner.jpg', '/api/media/file/banner-400x300.webp']),
    )
  })

  it('a refresh of everything expires every page Next keeps, and every page a proxy keeps', () => {
    expect(planFor({ kind: 'everything' })).toEqual({ tags: ['_N_T_/layout'], addresses: [EVERY_KEPT_PAGE] })
  })

  it('a change shown in every page’s header or on every tagged article reaches every page a proxy keeps', () => {
    expect(planFor({ kind: 'site-settings' }).addresses).toEqual([EVERY_KEPT_PAGE])
    // A deleted topic is no longer listed among the pages: its own addresses are named as well.
    expect(planFor({ kind: 'topics', slugs: ['gaza'] }).addresses).toEqual(
      expect.arrayContaining(['/topics/gaza', '/topics/gaza/feed.xml', '/uk/topics/gaza', '/ar/topics/gaza/feed.xml', '/ar/topics/gaza/atom.xml', '/topics', EVERY_KEPT_PAGE]),
    )
  })

  it('a change reaches the same pages in every language, and the files and sitemap that have one address', () => {
    const { addresses } = planFor({ kind: 'articles', docs: [{ slug: 'ceasefire-now', topics: [] }] })
    expect(addresses).toEqual(expect.arrayContaining(['/uk/news/ceasefire-now', '/ar/news/ceasefire-now', '/uk', '/ar', '/uk/feed.xml', '/ar/news']))
    expect(addresses.filter((address) => address.includes('sitemap'))).toEqual(['/sitemap.xml'])
    expect(addresses).not.toContain('/en/news/ceasefire-now')
    const photos = planFor({ kind: 'photos', ids: [3], files: ['banner.jpg'] }).addresses
    expect(photos).toEqual(expect.arrayContaining(['/api/media/file/banner.jpg', '/uk/photos/3']))
    expect(photos.filter((address) => address.includes('banner.jpg'))).toHaveLength(1)
  })
})

const servers: http.Server[] = []
afterAll(() => servers.forEach((server) => server.close()))

describe('purging the proxy', () => {
  async function proxy(status: (url: string) => number) {
    const purged: string[] = []
    const server = http.createServer((req, res) => {
      if (req.method === 'PURGE') purged.push(req.url ?? '')
      res.writeHead(status(req.url ?? '')).end()
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, purged }
  }

  it('sends one PURGE per exact address, none for route patterns, and takes 404 as done', async () => {
    const { url, purged } = await proxy(() => 404)
    const logged: string[] = []
    await purgeProxy(url, ['/news/a', '/news/page/[page]', '/news/a', '/'], (message) => logged.push(message))
    expect(purged.sort()).toEqual(['/', '/news/a'])
    expect(logged).toEqual([])
  })

  it('says which address it could not purge', async () => {
    const { url } = await proxy((address) => (address === '/feed.xml' ? 500 : 200))
    const logged: string[] = []
    await purgeProxy(url, ['/', '/feed.xml'], (message) => logged.push(message))
    expect(logged).toEqual([expect.stringContaining('/feed.xml: 500')])
  })

  it('purges a thousand addresses with no more than 16 in flight at once', async () => {
    let inFlight = 0
    let mostInFlight = 0
    const purged = new Set<string>()
    const server = http.createServer((req, res) => {
      inFlight++
      mostInFlight = Math.max(mostInFlight, inFlight)
      purged.add(req.url ?? '')
      setTimeout(() => {
        inFlight--
        res.writeHead(200).end()
      }, 1)
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const addresses = Array.from({ length: 1000 }, (_, index) => `/photos/${index}`)
    await purgeProxy(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, addresses, () => {})
    expect(purged.size).toBe(1000)
    expect(mostInFlight).toBeLessThanOrEqual(16)
  })

  it('does nothing without a proxy to purge', async () => {
    await expect(purgeProxy(null, ['/'], () => {})).resolves.toBeUndefined()
  })
})

describe('what a proxy may keep', () => {
  it('keeps exactly the addresses a publish purges, and none it could not reach', () => {
    const plan = planFor({ kind: 'articles', docs: [{ slug: 'ceasefire-now', topics: ['gaza'] }] })
    const showingTheArticle = [
      '/news/ceasefire-now',
      '/',
      '/news',
      '/news/page/2',
      '/news?page=2',
      '/topics',
      '/topics/gaza',
      '/topics/gaza/feed.xml',
      '/topics/gaza/atom.xml',
      '/topics/gaza/feed.json',
      '/feed.xml',
      '/atom.xml',
      '/feed.json',
      '/sitemap.xml',
      '/sitemaps/articles-1.xml',
    ]
    const kept = showingTheArticle.filter(proxyMayKeep)
    expect(kept.every((address) => plan.addresses.includes(address))).toBe(true)
    expect(kept).toEqual(expect.arrayContaining(['/news/ceasefire-now', '/', '/news', '/topics', '/feed.xml', '/atom.xml', '/feed.json', '/topics/gaza/feed.json']))
    expect(showingTheArticle.filter((address) => !proxyMayKeep(address))).toEqual(['/news/page/2', '/news?page=2', '/sitemaps/articles-1.xml'])
  })

  it('keeps the same addresses in every language, and none under an unknown prefix', () => {
    const plan = planFor({ kind: 'articles', docs: [{ slug: 'ceasefire-now', topics: ['gaza'] }] })
    const translated = ['/uk/news/ceasefire-now', '/ar', '/uk/news', '/ar/topics/gaza/feed.xml', '/uk/feed.xml']
    expect(translated.filter(proxyMayKeep)).toEqual(translated)
    expect(translated.every((address) => plan.addresses.includes(address))).toBe(true)
    expect(['/xx/news/ceasefire-now', '/uk/news?page=2', '/ar/news/page/2', '/en/news/ceasefire-now'].filter(proxyMayKeep)).toEqual([])
  })

  it('tells a proxy not to keep a page no purge can name', async () => {
    const server = http.createServer((req, res) => {
      applyPolicyAndETag(res, () => '')
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 's-maxage=3600, stale-while-revalidate=31535999' })
      res.end('<p>a page</p>')
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    expect((await fetch(`${origin}/news`)).headers.get('cache-control')).toContain('s-maxage=3600')
    expect((await fetch(`${origin}/news/page/2`)).headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect((await fetch(`${origin}/photos?year=2024`)).headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
  })
})
