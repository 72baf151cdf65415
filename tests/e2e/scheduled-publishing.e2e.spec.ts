import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { type RunningServer, startServer } from '@/scripts/lib/productionServer'
import { payloadOf } from '@/scripts/lib/serverPayload'

let server: RunningServer
let payload: Payload
let token: string
let adminId: number

async function api(path: string, init: RequestInit = {}, auth = false) {
  const headers = new Headers(init.headers)
  if (auth) headers.set('Authorization', `JWT ${token}`)
  if (init.body) headers.set('Content-Type', 'application/json')
  return fetch(`${server.url}/api${path}`, { ...init, headers })
}

beforeAll(async () => {
  server = await startServer()
  const registered = await api('/users/first-register', {
    method: 'POST',
    body: JSON.stringify({ name: 'Organiser', email: 'organiser@example.org', password: 'a long enough password' }),
  })
  const body = await registered.json()
  token = body.token
  adminId = body.user.id
  payload = await payloadOf(server)
})

afterAll(async () => {
  await payload?.destroy()
  await server?.stop()
})

describe('scheduled publishing', () => {
  it('publishes a draft at its scheduled time, with nobody at the keyboard', async () => {
    const created = await api('/articles', { method: 'POST', body: JSON.stringify({ title: 'Call-out for Saturday' }) }, true)
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    expect(doc._status).toBe('draft')

    const publishAt = Date.now() + 4000
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(publishAt),
      input: { type: 'publish', doc: { relationTo: 'articles', value: doc.id }, user: { relationTo: 'users', value: adminId } },
    })

    expect((await api(`/articles/${doc.id}`)).status).toBe(404)

    let publishedAfter: number | undefined
    const deadline = publishAt + 20_000
    while (Date.now() < deadline) {
      const response = await api(`/articles/${doc.id}`)
      if (response.status === 200) {
        const article = await response.json()
        expect(article._status).toBe('published')
        expect(article.publishedAt).toBeTruthy()
        publishedAfter = Date.now()
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(publishedAfter).toBeDefined()
    expect(publishedAfter!).toBeGreaterThanOrEqual(publishAt)
  })
})
