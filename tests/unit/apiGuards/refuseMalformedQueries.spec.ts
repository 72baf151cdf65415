import { describe, expect, it } from '@jest/globals'

import type { FlattenedField } from 'payload'

import { refuseMalformedQueries } from '@/apiGuards/refuseMalformedQueries'

const flattenedFields = [
  { name: 'title', type: 'text' },
  { name: 'publishedAt', type: 'date' },
  { name: 'heroImage', type: 'upload', relationTo: 'media' },
  { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
  { name: 'readingMinutes', type: 'number' },
] as FlattenedField[]
const payload = { db: { name: 'sqlite', defaultIDType: 'number' }, collections: {}, config: {} }
const run = (args: Record<string, unknown>) => () =>
  refuseMalformedQueries({ args, operation: 'read', collection: { slug: 'articles', flattenedFields }, req: { payload } } as never)

function nested(levels: number): unknown {
  let where: unknown = { title: { equals: 'x' } }
  for (let level = 0; level < levels; level++) where = { and: [where] }
  return where
}

describe('refuseMalformedQueries', () => {
  it('lets well-formed queries through unchanged', () => {
    const args = {
      where: {
        or: [{ title: { like: 'banner' } }, { topics: { in: [1, 2] } }, { heroImage: { exists: true } }],
        publishedAt: { less_than: '2024-06-08T00:00:00.000Z' },
        id: { not_in: '3,4' },
        // What Payload's own population asks for, parsed from stored rich text: matches nothing, harms nothing.
        heroImage: { in: [1.5, 7] },
        _status: { equals: 'published' },
      },
      limit: 12,
      page: 2,
    }
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
    ['text where an id belongs', { where: { heroImage: { equals: 'x' } } }],
    ['text in a list of ids', { where: { id: { in: '1,x' } } }],
    ['text where a date belongs', { where: { publishedAt: { greater_than: 'yesterday' } } }],
    ['an infinite number', { where: { readingMinutes: { less_than: '1e309' } } }],
    ['"all", which SQLite cannot answer', { where: { topics: { all: [1] } } }],
    ['an infinite limit', { limit: Infinity }],
    ['a fractional limit', { limit: 1.5 }],
    ['a negative limit', { limit: -1 }],
    ['a page past any offset the database holds', { page: 9.2e18 }],
    ['page zero', { page: 0 }],
  ])('refuses %s with a 400', (_name, args) => {
    expect(run(args)).toThrow(expect.objectContaining({ status: 400 }))
  })
})
