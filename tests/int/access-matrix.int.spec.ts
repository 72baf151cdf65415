import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { body, createMedia, createUser, testImage } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'
import { rest } from '@/tests/helpers/rest'

/**
 * Every cell of the access matrix, through the REST API: anonymous visitors read published
 * documents only; editors write content and media; admins do everything, settings and accounts too.
 */

type Role = 'anonymous' | 'editor' | 'admin'

let payload: Payload
const tokens: Record<Role, string | undefined> = { anonymous: undefined, editor: undefined, admin: undefined }
const ids: Record<string, number | string> = {}

beforeAll(async () => {
  payload = await getTestPayload()
  tokens.admin = (await createUser(payload, 'admin')).token
  tokens.editor = (await createUser(payload, 'editor')).token
  for (const collection of ['articles', 'demo-reports'] as const) {
    const extra = collection === 'demo-reports' ? { date: '2024-06-08T12:00:00.000Z' } : {}
    // Articles and demo reports share these fields; the cast lets one loop create both.
    const create = (data: Record<string, unknown>) => payload.create({ collection, data: { ...data, ...extra } as never })
    const published = await create({ title: `Published ${collection}`, body: body('Public words'), _status: 'published' })
    const draft = await create({ title: `Secret draft ${collection}`, body: body('Secret words'), _status: 'draft' })
    // A published document whose newest version is an unpublished edit.
    const edited = await create({ title: `Live ${collection}`, _status: 'published' })
    await payload.update({
      collection,
      id: edited.id,
      draft: true,
      data: { title: `Unpublished edit ${collection}`, _status: 'draft' } as never,
    })
    ids[`${collection}:published`] = published.id
    ids[`${collection}:draft`] = draft.id
    ids[`${collection}:edited`] = edited.id
  }
  ids.topic = (await payload.create({ collection: 'topics', data: { name: 'Ukraine' } })).id
  ids.media = (await createMedia(payload)).id
})

function titles(response: { body: { docs?: { title: string }[] } }): string[] {
  return (response.body.docs ?? []).map((doc) => doc.title).sort()
}

describe.each(['articles', 'demo-reports'] as const)('%s', (collection) => {
  describe('anonymous visitors', () => {
    it('list published documents only, at their published version', async () => {
      const response = await rest('GET', `/${collection}`)
      expect(response.status).toBe(200)
      expect(titles(response)).toEqual([`Live ${collection}`, `Published ${collection}`])
    })

    it('get the published version even when they ask for drafts', async () => {
      const list = await rest('GET', `/${collection}?draft=true`)
      expect(titles(list)).toEqual([`Live ${collection}`, `Published ${collection}`])
      const one = await rest('GET', `/${collection}/${ids[`${collection}:edited`]}?draft=true`)
      expect(one.status).toBe(200)
      expect(one.body.title).toBe(`Live ${collection}`)
      expect(JSON.stringify(one.body)).not.toContain('Unpublished edit')
    })

    it('cannot open a draft by id, with or without ?draft=true', async () => {
      for (const query of ['', '?draft=true']) {
        const response = await rest('GET', `/${collection}/${ids[`${collection}:draft`]}${query}`)
        expect([403, 404]).toContain(response.status)
        expect(JSON.stringify(response.body)).not.toContain('Secret')
      }
    })

    it('cannot find drafts by searching their fields', async () => {
      const response = await rest('GET', `/${collection}?where[title][like]=Secret`)
      expect(response.status).toBe(200)
      expect(response.body.docs).toEqual([])
    })

    it('cannot read versions', async () => {
      const list = await rest('GET', `/${collection}/versions`)
      expect(list.status).toBe(403)
      const { docs } = await payload.findVersions({ collection, limit: 1 })
      const one = await rest('GET', `/${collection}/versions/${docs[0].id}`)
      expect([403, 404]).toContain(one.status)
    })

    it('cannot create, update or delete', async () => {
      const id = ids[`${collection}:published`]
      expect((await rest('POST', `/${collection}`, { body: { title: 'Defaced', date: '2024-01-01' } })).status).toBe(403)
      expect((await rest('PATCH', `/${collection}/${id}`, { body: { title: 'Defaced' } })).status).toBe(403)
      expect((await rest('DELETE', `/${collection}/${id}`)).status).toBe(403)
      const stored = await payload.findByID({ collection, id })
      expect(stored.title).toBe(`Published ${collection}`)
    })
  })

  describe.each(['editor', 'admin'] as const)('%s', (role) => {
    it('sees drafts and versions', async () => {
      const list = await rest('GET', `/${collection}?draft=true&limit=50`, { token: tokens[role] })
      expect(titles(list)).toEqual(
        expect.arrayContaining([`Secret draft ${collection}`, `Unpublished edit ${collection}`]),
      )
      const versions = await rest('GET', `/${collection}/versions`, { token: tokens[role] })
      expect(versions.status).toBe(200)
      expect(versions.body.totalDocs).toBeGreaterThan(0)
    })

    it('creates, updates, restores and deletes', async () => {
      const extra = collection === 'demo-reports' ? { date: '2025-03-01T12:00:00.000Z' } : {}
      const created = await rest('POST', `/${collection}`, {
        token: tokens[role],
        body: { title: `By ${role}`, _status: 'published', ...extra },
      })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      const updated = await rest('PATCH', `/${collection}/${id}`, { token: tokens[role], body: { title: `Edited by ${role}` } })
      expect(updated.status).toBe(200)
      expect(updated.body.doc.title).toBe(`Edited by ${role}`)

      const versions = await payload.findVersions({ collection, where: { parent: { equals: id } }, sort: 'createdAt' })
      const first = versions.docs[0]
      const restored = await rest('POST', `/${collection}/versions/${first.id}`, { token: tokens[role] })
      expect(restored.status).toBe(200)
      expect((await payload.findByID({ collection, id, draft: true })).title).toBe(`By ${role}`)

      const removed = await rest('DELETE', `/${collection}/${id}`, { token: tokens[role] })
      expect(removed.status).toBe(200)
      expect((await payload.count({ collection, where: { id: { equals: id } } })).totalDocs).toBe(0)
    })
  })
})

describe('topics', () => {
  it('are public to read and closed to anonymous writes', async () => {
    expect((await rest('GET', '/topics')).status).toBe(200)
    expect((await rest('POST', '/topics', { body: { name: 'Spam' } })).status).toBe(403)
    expect((await rest('PATCH', `/topics/${ids.topic}`, { body: { name: 'Spam' } })).status).toBe(403)
    expect((await rest('DELETE', `/topics/${ids.topic}`)).status).toBe(403)
  })

  it.each(['editor', 'admin'] as const)('are managed by an %s', async (role) => {
    const created = await rest('POST', '/topics', { token: tokens[role], body: { name: `Topic by ${role}` } })
    expect(created.status).toBe(201)
    expect(created.body.doc.slug).toBe(`topic-by-${role}`)
    const id = created.body.doc.id
    expect((await rest('PATCH', `/topics/${id}`, { token: tokens[role], body: { description: 'x' } })).status).toBe(200)
    expect((await rest('DELETE', `/topics/${id}`, { token: tokens[role] })).status).toBe(200)
  })
})

describe('media', () => {
  async function upload(token?: string) {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await testImage())], { type: 'image/jpeg' }), 'upload.jpg')
    form.append('_payload', JSON.stringify({ alt: 'Marchers with the banner' }))
    return rest('POST', '/media', { token, formData: form })
  }

  it('cannot be uploaded, changed or deleted by anonymous visitors', async () => {
    const before = await payload.count({ collection: 'media' })
    expect((await upload()).status).toBe(403)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
    expect((await rest('PATCH', `/media/${ids.media}`, { body: { alt: 'Defaced' } })).status).toBe(403)
    expect((await rest('DELETE', `/media/${ids.media}`)).status).toBe(403)
  })

  it.each(['editor', 'admin'] as const)('is uploaded, captioned and deleted by an %s', async (role) => {
    const created = await upload(tokens[role])
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await rest('PATCH', `/media/${id}`, { token: tokens[role], body: { caption: 'On the march' } })).status).toBe(200)
    expect((await rest('DELETE', `/media/${id}`, { token: tokens[role] })).status).toBe(200)
  })
})

describe('site settings', () => {
  it('are public to read', async () => {
    const response = await rest('GET', '/globals/site-settings')
    expect(response.status).toBe(200)
    expect(response.body.tagline).toBe('From Ukraine to Palestine, Occupation is a crime')
  })

  it.each(['anonymous', 'editor'] as const)('cannot be changed by %s', async (role) => {
    const response = await rest('POST', '/globals/site-settings', { token: tokens[role], body: { siteName: 'Defaced' } })
    expect(response.status).toBe(403)
    expect((await payload.findGlobal({ slug: 'site-settings' })).siteName).not.toBe('Defaced')
  })

  it('are changed by an admin', async () => {
    const response = await rest('POST', '/globals/site-settings', { token: tokens.admin, body: { footerText: 'Hello' } })
    expect(response.status).toBe(200)
    expect((await payload.findGlobal({ slug: 'site-settings' })).footerText).toBe('Hello')
  })
})

describe('accounts and jobs', () => {
  it('are closed to anonymous visitors', async () => {
    expect((await rest('GET', '/users')).status).toBe(403)
    expect((await rest('GET', '/payload-jobs')).status).toBe(403)
  })

  it('are managed by admins only', async () => {
    // An admin adds someone without a password: they are invited to choose their own.
    const body = { name: 'New', email: 'new@example.org', role: 'editor' }
    expect((await rest('POST', '/users', { token: tokens.editor, body })).status).toBe(403)
    expect((await rest('POST', '/users', { token: tokens.admin, body })).status).toBe(201)
  })
})

describe('webhooks', () => {
  const webhook = { name: 'Mirror', url: 'https://mirror.example/hook', newSecret: 'a'.repeat(32) }

  it.each(['anonymous', 'editor'] as const)('are closed to %s, every operation', async (role) => {
    const token = tokens[role]
    expect((await rest('GET', '/webhooks', { token })).status).toBe(403)
    expect((await rest('POST', '/webhooks', { token, body: webhook })).status).toBe(403)
    expect(await payload.count({ collection: 'webhooks' })).toEqual({ totalDocs: 0 })
  })

  it('are managed by an admin', async () => {
    const created = await rest('POST', '/webhooks', { token: tokens.admin, body: webhook })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    for (const role of ['anonymous', 'editor'] as const) {
      expect((await rest('PATCH', `/webhooks/${id}`, { token: tokens[role], body: { active: false } })).status).toBe(403)
      expect((await rest('DELETE', `/webhooks/${id}`, { token: tokens[role] })).status).toBe(403)
    }
    expect((await rest('PATCH', `/webhooks/${id}`, { token: tokens.admin, body: { active: false } })).status).toBe(200)
    expect((await rest('DELETE', `/webhooks/${id}`, { token: tokens.admin })).status).toBe(200)
  })
})
