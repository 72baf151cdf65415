import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { noisyPhoto } from '@/tests/helpers/images'
import { startSeededServer } from '@/scripts/lib/seededServer'
import { restartServer, type RunningServer, startServer } from '@/scripts/lib/productionServer'

const running: RunningServer[] = []
let payload: Payload | undefined

afterAll(async () => {
  await payload?.destroy()
  for (const server of running) await server.stop()
})

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('SIGTERM', () => {
  it('stops accepting connections, finishes the request under way and exits 0', async () => {
    const server = await startServer()
    running.push(server)
    const body = JSON.stringify({ email: 'nobody@example.org', password: 'a long wrong password' })
    // A client sending its request slowly: half of the body now, the rest after the signal.
    const request = http.request(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    })
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.on('response', (response) => {
        let text = ''
        response.on('data', (chunk) => (text += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }))
      })
      request.on('error', reject)
    })
    request.write(body.slice(0, 10))
    await wait(500)

    process.kill(server.pid, 'SIGTERM')
    await wait(500)
    await expect(fetch(`${server.url}/`)).rejects.toThrow()

    request.end(body.slice(10))
    const { status, text } = await answered
    expect(status).toBe(401)
    expect(text).toMatch(/incorrect/i)
    expect(await server.exited).toBe(0)
    expect(server.output()).toMatch(/SIGTERM: no longer accepting connections; finishing 1 request/)
  })
})

describe('SIGKILL in the middle of uploads, saves and blurs', () => {
  it('leaves every document whole and never serves a partial or orphaned file', async () => {
    const seeded = await startSeededServer()
    payload = seeded.payload
    const { token } = seeded
    let server = seeded.server
    running.push(server)
    const auth = { Authorization: `JWT ${token}` }
    const photo = await noisyPhoto(3000, 2250)
    const articles = (await payload.find({ collection: 'articles', limit: 10, depth: 0 })).docs
    const photos = (await payload.find({ collection: 'media', limit: 2, depth: 0 })).docs

    for (const [round, killAfterMs] of [150, 600, 1200].entries()) {
      const requests: Promise<unknown>[] = []
      for (let n = 0; n < 3; n++) {
        const form = new FormData()
        form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), `march-${round}-${n}.jpg`)
        form.append('_payload', JSON.stringify({ alt: `Marchers ${round}-${n}`, licence: 'cc-by-4.0' }))
        requests.push(fetch(`${server.url}/api/media`, { method: 'POST', headers: auth, body: form }).catch(() => null))
      }
      for (const article of articles) {
        const marker = `Round ${round} of saves`
        requests.push(
          fetch(`${server.url}/api/articles/${article.id}`, {
            method: 'PATCH',
            headers: { ...auth, 'Content-Type': 'application/json' },
            body: JSON.stringify({ title: marker, standfirst: marker }),
          }).catch(() => null),
        )
      }
      // Blurring replaces every file of a photo: the riskiest moment for a kill.
      for (const photo of photos) {
        requests.push(
          fetch(`${server.url}/api/media/${photo.id}/blur`, {
            method: 'POST',
            headers: { ...auth, 'Content-Type': 'application/json' },
            body: JSON.stringify({ regions: [{ x: 0.25, y: 0.25, width: 0.5, height: 0.5 }] }),
          }).catch(() => null),
        )
      }
      await wait(killAfterMs)
      process.kill(server.pid, 'SIGKILL')
      await server.exited
      await Promise.all(requests)
      server = await restartServer(server)
      running.push(server)
    }

    // Every article is one save or another, never half of one, and its history agrees.
    for (const article of (await payload.find({ collection: 'articles', limit: 100, depth: 0 })).docs) {
      if (article.title.startsWith('Round ')) expect(article.standfirst).toBe(article.title)
      const [latest] = (
        await payload.findVersions({ collection: 'articles', where: { parent: { equals: article.id } }, sort: '-updatedAt', limit: 1 })
      ).docs
      expect(latest.version.title).toBe(article.title)
    }

    // Every photo the database knows has every file, whole, and served in full.
    const mediaDir = server.env.MEDIA_DIR!
    const referenced = new Set<string>()
    for (const doc of (await payload.find({ collection: 'media', limit: 1000, depth: 0, pagination: false })).docs) {
      const files = [doc, ...Object.values(doc.sizes ?? {})].filter((file) => file?.filename)
      for (const file of files as Array<{ filename: string; filesize?: number | null }>) {
        referenced.add(file.filename)
        const bytes = fs.readFileSync(path.join(mediaDir, file.filename))
        expect({ file: file.filename, size: bytes.length }).toEqual({ file: file.filename, size: file.filesize })
        await expect(sharp(bytes).stats()).resolves.toBeDefined()
        const served = await fetch(`${server.url}/api/media/file/${encodeURIComponent(file.filename)}`, { headers: auth })
        expect(served.status).toBe(200)
        expect(Buffer.from(await served.arrayBuffer()).length).toBe(bytes.length)
      }
    }
    // A file written before the kill but never recorded is not served, not even to an editor.
    for (const name of fs.readdirSync(mediaDir).filter((entry) => !referenced.has(entry))) {
      const served = await fetch(`${server.url}/api/media/file/${encodeURIComponent(name)}`, { headers: auth })
      expect({ name, status: served.status }).toEqual({ name, status: 404 })
    }
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
  })
})
