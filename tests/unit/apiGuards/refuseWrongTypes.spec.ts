import { describe, expect, it } from '@jest/globals'
import type { Field } from 'payload'

import { wrongTypes } from '@/apiGuards/refuseWrongTypes'

const fields: Field[] = [
  { name: 'title', type: 'text' },
  { name: 'standfirst', type: 'textarea' },
  { name: 'publishedAt', type: 'date' },
  { name: 'heroImage', type: 'upload', relationTo: 'media' },
  { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
  { name: 'place', type: 'group', fields: [{ type: 'row', fields: [{ name: 'city', type: 'text' }] }] },
  { name: 'links', type: 'array', fields: [{ name: 'url', type: 'text' }] },
  { name: 'body', type: 'richText' },
]

describe('wrongTypes', () => {
  it('accepts values of the right kind, nulls for single values, and leaves missing fields alone', () => {
    const data = {
      title: 'A title',
      standfirst: null,
      publishedAt: '2024-06-08T12:00:00.000Z',
      heroImage: 7,
      topics: [1, { relationTo: 'topics', value: 2 }],
      place: { city: 'London' },
      links: [{ url: 'https://example.org' }],
      body: { root: { children: [] } },
    }
    expect(wrongTypes(fields, data)).toEqual([])
    expect(wrongTypes(fields, {})).toEqual([])
  })

  it('takes an empty list as the admin sends it, its count of rows: 0, and no other number', () => {
    expect(wrongTypes(fields, { links: 0 })).toEqual([])
    expect(wrongTypes(fields, { links: 2 }).map((problem) => problem.path)).toEqual(['links'])
  })

  it('names every field holding the wrong kind of value, inside groups and lists too', () => {
    const data = {
      standfirst: ['a list'],
      publishedAt: '',
      heroImage: [1],
      topics: 3,
      place: { city: { nested: true } },
      links: [{ url: 5 }],
      body: 'plain text',
    }
    expect(wrongTypes(fields, data).map((problem) => problem.path)).toEqual([
      'standfirst',
      'publishedAt',
      'heroImage',
      'topics',
      'place.city',
      'links.0.url',
      'body',
    ])
  })

  it('refuses rich text a page could not show: no root, children that are not nodes, text that is not text, absurd nesting', () => {
    let deep: Record<string, unknown> = { type: 'text', text: 'x' }
    for (let level = 0; level < 1000; level++) deep = { type: 'paragraph', children: [deep] }
    const broken = [{}, { root: { children: 'x' } }, { root: { children: [5] } }, { root: { children: [{ type: 'text', text: {} }] } }, { root: { children: [deep] } }]
    for (const body of broken) {
      expect(wrongTypes(fields, { body }).map((problem) => problem.path)).toEqual(['body'])
    }
  })

  it('refuses an email sent as a list, as an account would otherwise be saved with', () => {
    expect(wrongTypes([{ name: 'email', type: 'email' }], { email: ['organiser@example.org'] })).toEqual([{ path: 'email', message: 'This must be text.' }])
  })

  it('refuses null where Payload needs a group or a list', () => {
    expect(wrongTypes(fields, { place: null, links: null }).map((problem) => problem.path)).toEqual(['place', 'links'])
  })
})
