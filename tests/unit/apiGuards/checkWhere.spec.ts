import { describe, expect, it } from '@jest/globals'

import { bounds } from '@/apiGuards/bounds'
import { checkWhere } from '@/apiGuards/checkWhere'

function nested(levels: number): Record<string, unknown> {
  let where: Record<string, unknown> = { title: { equals: 'x' } }
  for (let level = 0; level < levels; level++) where = { or: [where] }
  return where
}

describe('query shapes', () => {
  it('accepts what the admin and the site send', () => {
    expect(() => checkWhere({ title: { like: 'banner' }, _status: { equals: 'published' } })).not.toThrow()
    expect(() => checkWhere({ or: [{ title: { like: 'a' } }, { slug: { in: 'a,b' } }] })).not.toThrow()
    expect(() => checkWhere({ and: { 0: { topics: { in: ['1', '2'] } }, 1: { publishedAt: { exists: 'true' } } } })).not.toThrow()
    expect(() => checkWhere(nested(bounds.where.depth))).not.toThrow()
  })

  it.each([
    ['an operator object where a value belongs', { title: { in: [{ $gt: '1' }] } }, /takes a list of values/],
    ['an object as a value', { title: { equals: { $ne: null } } }, /takes a single value/],
    ['an unknown operator', { title: { $where: 'sleep(1000)' } }, /not an operator/],
    ['a geographic operator', { publishedAt: { near: '1,2,3' } }, /not an operator/],
    ['a bare value', { title: 'banner' }, /needs an operator/],
    ['nesting too deep', nested(bounds.where.depth + 1), /nested/],
    ['too many conditions', { or: Array.from({ length: bounds.where.conditions + 1 }, () => ({ title: { equals: 'x' } })) }, /conditions at most/],
    ['not an object', 'title=banner', /must be an object/],
  ])('refuses %s with a 400 that says what is wrong', (_case, where, message) => {
    expect(() => checkWhere(where)).toThrow(message)
    try {
      checkWhere(where)
    } catch (error) {
      expect((error as { status: number }).status).toBe(400)
    }
  })
})
