import { describe, expect, it } from '@jest/globals'

import { sitePath } from '@/lib/urls/safeRedirect'

describe('sitePath', () => {
  it('keeps paths on this site', () => {
    expect(sitePath('/news/why-we-carry-this-banner?x=1#top')).toBe('/news/why-we-carry-this-banner?x=1#top')
  })

  it('refuses anything that would leave the site', () => {
    for (const value of ['//', '///', '//evil.example', '/\\evil.example', '/..//evil.example', 'https://evil.example', 'news', '', null, '/\r\nLocation: x']) {
      expect(sitePath(value)).toBeNull()
    }
  })

  it('percent-encodes what a Location header cannot carry as it is', () => {
    expect(sitePath('/ü')).toBe('/%C3%BC')
    expect(sitePath('/a\u2028b')).toBe('/a%E2%80%A8b')
    expect(sitePath('/search?q=Ā')).toBe('/search?q=%C4%80')
  })
})
