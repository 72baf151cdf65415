import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { getTestPayload } from '@/tests/helpers/payload'
import { login, rest } from '@/tests/helpers/rest'

const PASSWORD = 'correct horse battery staple'

let payload: Payload
let adminToken: string
let editorToken: string
let editorId: number | string

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('accounts', () => {
  it('makes the first account an admin even when the form asks for editor', async () => {
    const response = await rest('POST', '/users/first-register', {
      body: { name: 'First Organiser', email: 'first@example.org', password: PASSWORD, role: 'editor' },
    })
    expect(response.status).toBe(200)
    expect(response.body.user.role).toBe('admin')
    adminToken = await login('first@example.org', PASSWORD)
  })

  it('refuses a second first-register once an account exists', async () => {
    const response = await rest('POST', '/users/first-register', {
      body: { name: 'Intruder', email: 'intruder@example.org', password: PASSWORD },
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: 'intruder@example.org' } } })
    expect(totalDocs).toBe(0)
  })

  it('lets an admin create an editor', async () => {
    const response = await rest('POST', '/users', {
      token: adminToken,
      body: { name: 'An Editor', email: 'editor@example.org', role: 'editor' },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.role).toBe('editor')
    editorId = response.body.doc.id
    // What the editor does with the invitation (tests/int/invitations.int.spec.ts).
    await payload.update({ collection: 'users', id: editorId, data: { password: PASSWORD } })
    editorToken = await login('editor@example.org', PASSWORD)
  })

  it('gives a new account the editor role when none is chosen', async () => {
    const response = await rest('POST', '/users', {
      token: adminToken,
      body: { name: 'No Role', email: 'norole@example.org' },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.role).toBe('editor')
  })

  it('never lets an editor promote themselves', async () => {
    const response = await rest('PATCH', `/users/${editorId}`, { token: editorToken, body: { role: 'admin' } })
    const stored = await payload.findByID({ collection: 'users', id: editorId })
    expect(stored.role).toBe('editor')
    expect(response.status).toBeLessThan(500)
  })

  it('lets an editor change their own name', async () => {
    const response = await rest('PATCH', `/users/${editorId}`, { token: editorToken, body: { name: 'Renamed Editor' } })
    expect(response.status).toBe(200)
    expect(response.body.doc.name).toBe('Renamed Editor')
  })

  it('stops an editor from creating accounts', async () => {
    const response = await rest('POST', '/users', {
      token: editorToken,
      body: { name: 'Sneaky', email: 'sneaky@example.org', password: PASSWORD, role: 'admin' },
    })
    expect(response.status).toBe(403)
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: 'sneaky@example.org' } } })
    expect(totalDocs).toBe(0)
  })

  it('shows an editor only their own account', async () => {
    const response = await rest('GET', '/users', { token: editorToken })
    expect(response.status).toBe(200)
    expect(response.body.docs.map((user: { email: string }) => user.email)).toEqual(['editor@example.org'])
  })

  it('stops an editor from changing or deleting another account', async () => {
    const admin = await payload.find({ collection: 'users', where: { email: { equals: 'first@example.org' } } })
    const adminId = admin.docs[0].id
    const update = await rest('PATCH', `/users/${adminId}`, { token: editorToken, body: { name: 'Defaced' } })
    expect(update.status).toBe(403)
    const remove = await rest('DELETE', `/users/${adminId}`, { token: editorToken })
    expect(remove.status).toBe(403)
    const stored = await payload.findByID({ collection: 'users', id: adminId })
    expect(stored.name).toBe('First Organiser')
  })

  it('shows anonymous visitors no accounts at all', async () => {
    const response = await rest('GET', '/users')
    expect(response.status).toBe(403)
  })

  it('lets an admin change a role', async () => {
    const response = await rest('PATCH', `/users/${editorId}`, { token: adminToken, body: { role: 'admin' } })
    expect(response.status).toBe(200)
    expect(response.body.doc.role).toBe('admin')
    await rest('PATCH', `/users/${editorId}`, { token: adminToken, body: { role: 'editor' } })
  })

  it('keeps the last admin an admin', async () => {
    const admin = await payload.find({ collection: 'users', where: { role: { equals: 'admin' } } })
    expect(admin.totalDocs).toBe(1)
    const adminId = admin.docs[0].id
    const demote = await rest('PATCH', `/users/${adminId}`, { token: adminToken, body: { role: 'editor' } })
    expect(demote.status).toBe(400)
    expect(JSON.stringify(demote.body)).toContain('last admin')
    const remove = await rest('DELETE', `/users/${adminId}`, { token: adminToken })
    expect(remove.status).toBe(400)
    const stored = await payload.findByID({ collection: 'users', id: adminId })
    expect(stored.role).toBe('admin')
  })

  it('rejects an unknown role with a field-level message', async () => {
    const response = await rest('PATCH', `/users/${editorId}`, { token: adminToken, body: { role: 'superuser' } })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('role')
  })

  it('refuses an account whose email is sent as a list with a 400 naming the field, and creates nothing', async () => {
    const response = await rest('POST', '/users', {
      token: adminToken,
      body: { name: 'Listed', email: ['listed@example.org'], role: 'editor' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([{ path: 'email', message: 'This must be text.' }])
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: 'listed@example.org' } } })
    expect(totalDocs).toBe(0)
  })
})
