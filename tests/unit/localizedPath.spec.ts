import { describe, expect, it } from '@jest/globals'

import { ENGLISH_PATH_PATTERN, localizedPath, routePath, splitLanguage } from '@/lib/urls/localizedPath'

describe('addresses in each language', () => {
  it('keeps English addresses as they were and puts the code in front of the others', () => {
    expect(localizedPath('en', '/news/a')).toBe('/news/a')
    expect(localizedPath('uk', '/news/a')).toBe('/uk/news/a')
    expect(localizedPath('ar', '/')).toBe('/ar')
  })

  it('reads the language back from an address, English when there is no known prefix', () => {
    expect(splitLanguage('/ar/demos/x')).toEqual({ lang: 'ar', path: '/demos/x' })
    expect(splitLanguage('/uk')).toEqual({ lang: 'uk', path: '/' })
    expect(splitLanguage('/news/uk')).toEqual({ lang: 'en', path: '/news/uk' })
    expect(splitLanguage('/xx/news')).toEqual({ lang: 'en', path: '/xx/news' })
  })

  it('names the route Next keeps each page under, and leaves the API, files and sitemaps alone', () => {
    expect(routePath('/news/a')).toBe('/en/news/a')
    expect(routePath('/')).toBe('/en')
    expect(routePath('/uk/news/a')).toBe('/uk/news/a')
    expect(routePath('/news/page/[page]')).toBe('/[lang]/news/page/[page]')
    expect(routePath('/api/media/file/a.jpg')).toBe('/api/media/file/a.jpg')
    expect(routePath('/sitemap.xml')).toBe('/sitemap.xml')
  })

  it('sends the router only English pages to /en/…', () => {
    const english = new RegExp(`^/${ENGLISH_PATH_PATTERN}$`)
    expect(['/news', '/news/a', '/photos/3', '/feed.xml', '/topics/gaza/feed.xml', '/ukraine-report'].every((path) => english.test(path))).toBe(true)
    expect(['/uk', '/uk/news', '/ar/feed.xml', '/en/news', '/api/articles', '/admin', '/_next/static/x.js', '/next/preview', '/sitemap.xml', '/sitemaps/pages.xml', '/robots.txt'].some((path) => english.test(path))).toBe(false)
  })
})
