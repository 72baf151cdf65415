import { describe, expect, it } from '@jest/globals'

import { mastodonHost, mastodonShareURL } from '@/lib/share/mastodonShare'
import { shareLinks } from '@/lib/share/shareLinks'

describe('share links', () => {
  it('carry the title and address, encoded, to each service’s compose page', () => {
    const links = shareLinks({ title: 'Ceasefire & peace: “now”?', url: 'https://example.org/ar/news/وقف' })
    const text = encodeURIComponent('Ceasefire & peace: “now”? https://example.org/ar/news/وقف')
    expect(links.whatsapp).toBe(`https://wa.me/?text=${text}`)
    expect(links.bluesky).toBe(`https://bsky.app/intent/compose?text=${text}`)
    expect(links.telegram).toBe(`https://t.me/share/url?url=${encodeURIComponent('https://example.org/ar/news/وقف')}&text=${encodeURIComponent('Ceasefire & peace: “now”?')}`)
    const mail = new URL(links.email)
    expect(mail.protocol).toBe('mailto:')
    expect(mail.searchParams.get('subject')).toBe('Ceasefire & peace: “now”?')
    expect(mail.searchParams.get('body')).toBe('Ceasefire & peace: “now”?\r\n\r\nhttps://example.org/ar/news/وقف')
  })
})

describe('the Mastodon server a visitor names', () => {
  it.each([
    ['example.social', 'example.social'],
    ['  Example.Social ', 'example.social'],
    ['https://example.social/', 'example.social'],
    ['@me@example.social', 'example.social'],
    ['me@toot.example.org', 'toot.example.org'],
    ['xn--80ak6aa92e.xn--p1ai', 'xn--80ak6aa92e.xn--p1ai'],
  ])('takes %j as %j', (typed, host) => {
    expect(mastodonHost(typed)).toBe(host)
  })

  it.each([
    '',
    'localhost',
    'example',
    '127.0.0.1',
    '[::1]',
    'example.social:8080',
    'http://example.social',
    'user:pass@example.social',
    'example.social/path',
    'example.social?x=1',
    'example.social#x',
    '//example.social',
    'javascript:alert(1)',
    '-bad.example',
    'bad-.example',
    'a..example',
    'é.example',
    'example.social\r\nLocation: //evil.example',
    `${'a'.repeat(64)}.example`,
    `${'a.'.repeat(130)}example`,
  ])('refuses %j', (typed) => {
    expect(mastodonHost(typed)).toBeNull()
  })

  it('is sent to the server’s own share page and nowhere else', () => {
    expect(mastodonShareURL('example.social', 'Hello & bye https://example.org/?a=1#b')).toBe(
      `https://example.social/share?text=${encodeURIComponent('Hello & bye https://example.org/?a=1#b')}`,
    )
  })
})
