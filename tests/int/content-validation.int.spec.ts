import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { body, createUser } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'
import { rest } from '@/tests/helpers/rest'

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await getTestPayload()
  token = (await createUser(payload, 'editor')).token
})

type FieldError = { path: string; message: string }

function fieldErrors(response: { body: { errors?: { data?: { errors?: FieldError[] } }[] } }): FieldError[] {
  return response.body.errors?.flatMap((error) => error.data?.errors ?? []) ?? []
}

async function expectRejected(
  collection: 'articles' | 'demo-reports',
  data: Record<string, unknown>,
  path: string,
  message?: RegExp,
) {
  const before = await payload.count({ collection })
  const response = await rest('POST', `/${collection}`, { token, body: data })
  expect(response.status).toBe(400)
  const errors = fieldErrors(response)
  expect(errors.map((error) => error.path)).toContain(path)
  if (message) expect(errors.find((error) => error.path === path)?.message).toMatch(message)
  expect((await payload.count({ collection })).totalDocs).toBe(before.totalDocs)
}

const demo = { title: 'A march', date: '2024-06-08T12:00:00.000Z' }

describe('bad input is refused with a field-level message and nothing is written', () => {
  it('a missing title', async () => {
    await expectRejected('articles', { standfirst: 'No title' }, 'title')
    await expectRejected('demo-reports', { date: demo.date }, 'title')
  })

  it('an overlong title or standfirst', async () => {
    await expectRejected('articles', { title: 'x'.repeat(201) }, 'title')
    await expectRejected('articles', { title: 'Fine', standfirst: 'x'.repeat(301) }, 'standfirst')
  })

  it('a missing or malformed demonstration date', async () => {
    await expectRejected('demo-reports', { title: 'No date' }, 'date')
    await expectRejected('demo-reports', { title: 'Bad date', date: 'next Tuesday-ish' }, 'date')
  })

  it('a malformed start time', async () => {
    await expectRejected('demo-reports', { ...demo, startTime: '25:61' }, 'startTime', /HH:MM/)
  })

  it('a duplicate slug', async () => {
    const first = await rest('POST', '/articles', { token, body: { title: 'Same words', _status: 'published' } })
    expect(first.status).toBe(201)
    await expectRejected('articles', { title: 'Other words', slug: 'same-words' }, 'slug')
  })

  it.each(['javascript:alert(document.cookie)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', '//evil.example/x'])(
    'a dangerous link in the body (%s)',
    async (url) => {
      await expectRejected('articles', { title: 'Linked', body: body('click me', { url }) }, 'body')
    },
  )

  it('a dangerous external link on a demo report', async () => {
    await expectRejected(
      'demo-reports',
      { ...demo, links: [{ title: 'Coverage', url: 'javascript:alert(1)' }] },
      'links.0.url',
    )
  })

  it('an unknown topic', async () => {
    const before = await payload.count({ collection: 'articles' })
    const response = await rest('POST', '/articles', { token, body: { title: 'Topical', topics: [999999] } })
    expect(response.status).toBe(400)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before.totalDocs)
  })
})

describe('links organisers may use', () => {
  it.each(['https://ukraine-solidarity.org', 'http://example.org/a?b=c#d', 'mailto:someone@example.org', '/news/why-we-carry-this-banner'])(
    'accepts %s',
    async (url) => {
      const response = await rest('POST', '/articles', { token, body: { title: `Link ${url}`, body: body('go', { url }) } })
      expect(response.status).toBe(201)
    },
  )

  it('accepts an internal link to another article', async () => {
    const target = await payload.create({ collection: 'articles', data: { title: 'Target', _status: 'published' } })
    const richText = body('see also')
    richText.root.children[0].children = [
      {
        type: 'link',
        version: 3,
        direction: 'ltr',
        format: '',
        indent: 0,
        fields: { linkType: 'internal', doc: { relationTo: 'articles', value: target.id }, newTab: false },
        children: [{ type: 'text', text: 'see also', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
    ]
    const response = await rest('POST', '/articles', { token, body: { title: 'Internal link', body: richText } })
    expect(response.status).toBe(201)
  })
})

describe('slugs', () => {
  it('are made from the title, URL-safe, accents transliterated', async () => {
    const response = await rest('POST', '/articles', { token, body: { title: 'Kyïv & Gaza: “Solidarity” now!' } })
    expect(response.status).toBe(201)
    expect(response.body.doc.slug).toBe('kyiv-and-gaza-solidarity-now')
  })

  it('are tidied when typed by hand', async () => {
    const response = await rest('POST', '/articles', { token, body: { title: 'Hand made', slug: ' My Own  Slug! ' } })
    expect(response.body.doc.slug).toBe('my-own-slug')
  })

  it('follow the title while the document is an unpublished draft', async () => {
    const created = await rest('POST', '/articles', { token, body: { title: 'Wh' } })
    const id = created.body.doc.id
    const updated = await rest('PATCH', `/articles/${id}`, { token, body: { title: 'What happened in London' } })
    expect(updated.body.doc.slug).toBe('what-happened-in-london')
  })

  it('stay put once published, so links keep working', async () => {
    const created = await rest('POST', '/articles', { token, body: { title: 'Stable address', _status: 'published' } })
    const id = created.body.doc.id
    expect(created.body.doc.publishedAt).toBeTruthy()
    await rest('PATCH', `/articles/${id}`, { token, body: { title: 'A new title', slug: 'a-new-address' } })
    const stored = await payload.findByID({ collection: 'articles', id })
    expect(stored.slug).toBe('stable-address')
    expect(stored.title).toBe('A new title')
  })
})

describe('publication date', () => {
  it('is set on first publication and kept afterwards', async () => {
    const draft = await rest('POST', '/articles', { token, body: { title: 'Not yet' } })
    expect(draft.body.doc.publishedAt ?? null).toBeNull()
    const id = draft.body.doc.id
    const published = await rest('PATCH', `/articles/${id}`, { token, body: { _status: 'published' } })
    const publishedAt = published.body.doc.publishedAt
    expect(Date.now() - new Date(publishedAt).getTime()).toBeLessThan(60_000)
    const cleared = await rest('PATCH', `/articles/${id}`, { token, body: { publishedAt: null } })
    expect(cleared.body.doc.publishedAt).toBe(publishedAt)
  })

  it('can be corrected by an editor', async () => {
    const created = await rest('POST', '/articles', { token, body: { title: 'Backdated', _status: 'published' } })
    const corrected = await rest('PATCH', `/articles/${created.body.doc.id}`, {
      token,
      body: { publishedAt: '2024-06-09T09:00:00.000Z' },
    })
    expect(corrected.body.doc.publishedAt).toBe('2024-06-09T09:00:00.000Z')
  })
})

describe('addresses of documents that cannot exist', () => {
  it.each(['/articles/abc', '/demo-reports/1e3', '/media/..%2F..%2Fetc', '/topics/%00', '/users/-1'])('%s is a 404, not an error', async (path) => {
    expect((await rest('GET', path, { token })).status).toBe(404)
    expect((await rest('PATCH', path, { token, body: { title: 'x' } })).status).toBe(404)
    expect((await rest('DELETE', path, { token })).status).toBe(404)
  })
})
