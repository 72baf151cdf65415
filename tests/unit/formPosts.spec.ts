import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { isPageFormPost, LARGEST_FORM_BYTES, readPageForm } from '@/server/formPosts'

/** A server that reads page forms as the production server does and answers with what Next would be handed. */
let server: http.Server
let base: string
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!isPageFormPost(req)) return res.end('not a page form')
    void readPageForm(req).then(async (read) => {
      if ('refused' in read) return res.writeHead(read.refused).end()
      const chunks: Buffer[] = []
      for await (const chunk of read.form) chunks.push(chunk as Buffer)
      res.end(`${read.form.method} ${read.form.url} ${read.form.headers['content-length']} ${Buffer.concat(chunks).toString()}`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { method: 'POST', body, headers })

describe('forms sent to pages without JavaScript', () => {
  it('pass on to Next as they came when sent to the join form, in any language', async () => {
    const answer = await post('/ar/join', 'email=a%40example.org&message=hi', { 'Content-Type': 'application/x-www-form-urlencoded' })
    expect(await answer.text()).toBe('POST /ar/join 32 email=a%40example.org&message=hi')
  })

  it('pass on to Next when sent to the share links’ Mastodon form, in any language', async () => {
    const answer = await post('/uk/share/mastodon', 'server=example.social', { 'Content-Type': 'application/x-www-form-urlencoded' })
    expect(await answer.text()).toBe('POST /uk/share/mastodon 21 server=example.social')
  })

  it('are refused when too large (413), unreadable (400) or sent to a page that takes none (405)', async () => {
    const form = new FormData()
    form.append('message', 'x'.repeat(LARGEST_FORM_BYTES + 1))
    expect((await post('/join', form)).status).toBe(413)
    expect((await post('/uk/join', '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\nbroken', { 'Content-Type': 'multipart/form-data; boundary=x' })).status).toBe(400)
    expect((await post('/news', new FormData())).status).toBe(405)
  })

  it('leave the page script’s own sendings, the API, the admin and other bodies alone', async () => {
    for (const [path, headers] of [
      ['/join', { 'Next-Action': 'abc' }],
      ['/api/users/login', {}],
      ['/admin/login', {}],
    ] as const) {
      expect(await (await post(path, new FormData(), headers)).text()).toBe('not a page form')
    }
    expect(await (await post('/join', '{}', { 'Content-Type': 'application/json' })).text()).toBe('not a page form')
  })
})
