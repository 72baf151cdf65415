import { describe, expect, it } from '@jest/globals'

import { refuseMalformedQueries } from '@/hooks/refuseMalformedQueries'

const run = (args: Record<string, unknown>) => () => refuseMalformedQueries({ args, operation: 'read' } as never)

function nested(levels: number): unknown {
  let where: unknown = { title: { equals: 'x' } }
  for (let level = 0; level < levels; level++) where = { and: [where] }
  return where
}

describe('refuseMalformedQueries', () => {
  it('lets well-formed queries through unchanged', () => {
    const args = { where: { or: [{ title: { like: 'banner' } }, { topics: { in: [1, 2] } }], _status: { equals: 'published' } }, limit: 12, page: 2 }
    expect(run(args)()).toBe(args)
  })

  it.each([
    ['a where that is not an object', { where: [null] }],
    ['and holding null', { where: { and: [null] } }],
    ['and that is not a list', { where: { and: 5 } }],
    ['an object as a value', { where: { title: { equals: { a: 1 } } } }],
    ['an unknown operator', { where: { title: { resembles: 'x' } } }],
    ['a condition without an operator', { where: { title: 'x' } }],
    ['a filter nested a thousand deep', { where: nested(1000) }],
    ['an infinite limit', { limit: Infinity }],
    ['a fractional limit', { limit: 1.5 }],
    ['a negative limit', { limit: -1 }],
    ['a page past any offset the database holds', { page: 9.2e18 }],
    ['page zero', { page: 0 }],
  ])('refuses %s with a 400', (_name, args) => {
    expect(run(args)).toThrow(expect.objectContaining({ status: 400 }))
  })
})
