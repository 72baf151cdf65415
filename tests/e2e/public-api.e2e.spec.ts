import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { describe, expect, it } from '@jest/globals'

import { seededSite } from '@/tests/helpers/seededSite'

const site = seededSite()

const LIST = '/api/articles?limit=50&depth=1&sort=-publishedAt&select[title]=true&select[heroImage]=true'

function api(path: string, init: RequestInit & { signedIn?: boolean } = {}) {
  const headers = new Headers(init.headers)
  if (init.signedIn) headers.set('Authorization', `JWT ${site.token}`)
  if (init.body) headers.set('Content-Type', 'application/json')
  return fetch(`${site.server.url}${path}`, { ...init, headers })
}

const titles = async (response: Response) => ((await response.json()).docs as { title: string }[]).map((doc) => doc.title)

describe('the public API served by the production build', () => {
  it('labels a visitor’s answer for a CDN to keep and check, and answers a holder of it with a 304', async () => {
    const first = await api(LIST, { headers: { Origin: 'https://partner.example' } })
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(first.headers.get('access-control-allow-origin')).toBe('*')
    expect(first.headers.get('access-control-allow-credentials')).toBeNull()
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await api(LIST, { headers: { 'If-None-Match': etag! } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    const compressed = await api(LIST, { headers: { 'Accept-Encoding': 'br' } })
    expect(compressed.headers.get('etag')).toBe(etag)
  })

  it('shows a publication, an unpublication and a photo taken down at once, in answers it had kept', async () => {
    const before = await titles(await api(LIST))
    expect(before).toContain('Why we carry this banner')
    const created = await api('/api/articles', { method: 'POST', signedIn: true, body: JSON.stringify({ title: 'Ceasefire now', _status: 'published' }) })
    const { doc } = await created.json()
    expect(await titles(await api(LIST))).toContain('Ceasefire now')
    await api(`/api/articles/${doc.id}`, { method: 'PATCH', signedIn: true, body: JSON.stringify({ _status: 'draft' }) })
    expect(await titles(await api(LIST))).not.toContain('Ceasefire now')

    const banner = (await (await api(LIST)).json()).docs.find((article: { title: string }) => article.title === 'Why we carry this banner')
    expect(banner.heroImage).toMatchObject({ id: expect.anything() })
    await api(`/api/media/${banner.heroImage.id}`, { method: 'PATCH', signedIn: true, body: JSON.stringify({ visibility: 'review' }) })
    const afterTakedown = (await (await api(LIST)).json()).docs.find((article: { title: string }) => article.title === 'Why we carry this banner')
    // Visitors keep the photo's id, never its files or caption.
    expect(afterTakedown.heroImage).toBe(banner.heroImage.id)
    await api(`/api/media/${banner.heroImage.id}`, { method: 'PATCH', signedIn: true, body: JSON.stringify({ visibility: 'public' }) })
  })

  it('never gives a visitor what an organiser sees, nor an organiser what a visitor was given', async () => {
    await api('/api/articles', { method: 'POST', signedIn: true, body: JSON.stringify({ title: 'Draft for the organisers' }) })
    const url = '/api/articles?limit=50&depth=0&select[title]=true'
    expect(await titles(await api(url))).not.toContain('Draft for the organisers')
    const organisers = await api(`${url}&draft=true`, { signedIn: true })
    expect(organisers.headers.get('cache-control')).toBe('private, no-cache')
    expect(await titles(organisers)).toContain('Draft for the organisers')
    const signedInSameAddress = await api(url, { signedIn: true })
    expect(signedInSameAddress.headers.get('cache-control')).toBe('private, no-cache')
    for (const visitorURL of [url, `${url}&draft=true`]) expect(await titles(await api(visitorURL))).not.toContain('Draft for the organisers')
  })
})

describe('webhooks run by the production server', () => {
  it('delivers a signed notice of a publication within seconds', async () => {
    const received: { headers: http.IncomingHttpHeaders; body: string }[] = []
    const receiver = http.createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        received.push({ headers: req.headers, body })
        res.end()
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
      const secret = randomBytes(32).toString('hex')
      // The production server accepts only https receivers: this one is written as the admin could not.
      await site.payload.db.create({ collection: 'webhooks', data: { name: 'Local receiver', url, secret, active: true, events: ['published'], collections: ['articles'] } })
      await api('/api/articles', { method: 'POST', signedIn: true, body: JSON.stringify({ title: 'Rally on Saturday', _status: 'published' }) })
      const deadline = Date.now() + 20_000
      while (received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250))
      expect(received).toHaveLength(1)
      expect(JSON.parse(received[0].body)).toMatchObject({ event: 'published', collection: 'articles', doc: { slug: 'rally-on-saturday' } })
      expect(received[0].headers['webhook-signature']).toMatch(/^v1,[\w+/]+=*$/)
    } finally {
      await new Promise((resolve) => receiver.close(resolve))
    }
  })
})
