import { describe, expect, it } from '@jest/globals'

import { entityTag, matchesIfNoneMatch } from '@/server/entityTag'

describe('ETags', () => {
  it('labels the same bytes alike and different bytes differently', () => {
    expect(entityTag(Buffer.from('<p>a</p>'))).toBe(entityTag(Buffer.from('<p>a</p>')))
    expect(entityTag(Buffer.from('<p>a</p>'))).not.toBe(entityTag(Buffer.from('<p>b</p>')))
    expect(entityTag(Buffer.from(''))).toMatch(/^"[\w-]+"$/)
  })

  it('matches If-None-Match as RFC 9110 does for a GET: any tag of a list, weak or strong, or *', () => {
    const etag = entityTag(Buffer.from('page'))
    expect(matchesIfNoneMatch(etag, etag)).toBe(true)
    expect(matchesIfNoneMatch(`"other", W/${etag}`, etag)).toBe(true)
    expect(matchesIfNoneMatch(['"other"', etag], etag)).toBe(true)
    expect(matchesIfNoneMatch('*', etag)).toBe(true)
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false)
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false)
    expect(matchesIfNoneMatch('', etag)).toBe(false)
  })
})
