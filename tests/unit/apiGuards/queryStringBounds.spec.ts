import { describe, expect, it } from '@jest/globals'

import { bounds } from '@/apiGuards/bounds'
import { isPayloadsOwnCollection, queryStringProblem } from '@/apiGuards/queryStringBounds'

const problem = (query: string, collection = 'articles') => queryStringProblem(new URLSearchParams(query), collection)

const nestedKey = (levels: number) => `where${'[and][0]'.repeat(levels)}[title][equals]`

describe('the bounds the server applies to an API query string', () => {
  it('lets well-formed reads through', () => {
    expect(problem('limit=12&page=3&depth=1&where[title][like]=banner')).toBeNull()
    expect(problem(`page=${bounds.page.max}&depth=99999999999999999999`)).toBeNull()
    expect(problem(`${nestedKey(bounds.where.depth)}=x`)).toBeNull()
    expect(problem(`limit=${bounds.limit.max}`, 'payload-preferences')).toBeNull()
  })

  it.each([
    ['a limit that is not a whole number', 'limit=1.5', /`limit` must be given once/],
    ['a negative limit', 'limit=-5', /`limit` must be given once/],
    ['a depth given twice', 'depth=1&depth=2', /`depth` must be given once/],
    ['a page given as a list', 'page[]=1', /`page` must be given once/],
    ['page zero', 'page=0', /`page` must be a whole number from 1/],
    ['a page past any offset the database holds', `page=${bounds.page.max + 1}`, /`page` must be a whole number from 1/],
    ['a where-clause nested too deep', `${nestedKey(bounds.where.depth + 1)}=x`, /nested 8 levels deep at most/],
  ])('refuses %s on any collection', (_case, query, message) => {
    expect(problem(query)).toMatch(message)
  })

  it('counts the values of one list operator as one condition, and refuses too many conditions', () => {
    const values = Array.from({ length: bounds.where.conditions + 5 }, (_, n) => `where[id][in][${n}]=${n}`).join('&')
    expect(problem(values)).toBeNull()
    const conditions = Array.from({ length: bounds.where.conditions + 1 }, (_, n) => `where[or][${n}][title][equals]=x`).join('&')
    expect(problem(conditions)).toMatch(/100 conditions at most/)
  })

  it("bounds limit on Payload's own collections, and leaves larger asks elsewhere to the hooks", () => {
    expect(isPayloadsOwnCollection('payload-jobs')).toBe(true)
    expect(isPayloadsOwnCollection('articles')).toBe(false)
    expect(problem(`limit=${bounds.limit.max + 1}`, 'payload-locked-documents')).toMatch(/`limit` must be a whole number from 0/)
    expect(problem(`limit=${bounds.limit.max + 1}`, 'topics')).toBeNull()
  })
})
