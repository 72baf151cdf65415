import fs from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { handleEndpoints, type Payload } from 'payload'

import { PRIVATE_FILE_CACHE, PUBLIC_FILE_CACHE } from '@/collections/Media/cacheByVisibility'
import { FILE_NOT_FOUND } from '@/collections/Media/serveFromFolder'
import type { Media } from '@/payload-types'
import { createUser } from '@/tests/helpers/fixtures'
import { noisyPhoto } from '@/tests/helpers/images'
import { getTestPayload } from '@/tests/helpers/payload'
import { rest } from '@/tests/helpers/rest'

// Without S3_BUCKET (as here) files come from MEDIA_DIR, served by collections/Media/serveFromFolder.ts.
let payload: Payload
let token: string
const onDisk = (name: string) => path.join(process.env.MEDIA_DIR!, name)

beforeAll(async () => {
  payload = await getTestPayload()
  token = (await createUser(payload, 'editor')).token
})

async function upload(name: string, visibility: 'public' | 'review'): Promise<Media> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await noisyPhoto(900, 600))], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify({ alt: 'Marchers behind the banner', visibility }))
  const response = await rest<{ doc: Media }>('POST', '/media', { token, formData: form })
  expect(response.status).toBe(201)
  return response.body.doc
}

/** The file route's raw answer (the REST helper reads bodies as text; files are bytes). */
async function fetchFile(name: string, { asEditor = false, headers = {} }: { asEditor?: boolean; headers?: Record<string, string> } = {}) {
  const request = new Request(`http://localhost:3000/api/media/file/${name}`, {
    headers: { ...headers, ...(asEditor ? { Authorization: `JWT ${token}` } : {}) },
  })
  const response = await handleEndpoints({ config, request })
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) }
}

const json = (bytes: Buffer) => JSON.parse(bytes.toString('utf8'))

/** How many of this process's open files are `file` (Linux lists them in /proc). */
const openCopies = (file: string) =>
  fs.readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return fs.readlinkSync(`/proc/self/fd/${fd}`) === file
    } catch {
      return false
    }
  }).length
const itWhereOpenFilesShow = fs.existsSync('/proc/self/fd') ? it : it.skip

describe('files of a public photo, served from the uploads folder', () => {
  let photo: Media

  beforeAll(async () => {
    photo = await upload('public.jpg', 'public')
  })

  it('come to anyone with their bytes, type and a year-long public cache, the original and every size', async () => {
    const files: [string, string][] = [
      [photo.filename!, 'image/jpeg'],
      [photo.sizes!.thumbnail!.filename!, 'image/webp'],
      [photo.sizes!.card!.filename!, 'image/webp'],
    ]
    for (const [name, type] of files) {
      const response = await fetchFile(name)
      const bytes = fs.readFileSync(onDisk(name))
      expect({
        name,
        status: response.status,
        cache: response.headers.get('cache-control'),
        type: response.headers.get('content-type'),
        length: response.headers.get('content-length'),
        sniffing: response.headers.get('x-content-type-options'),
        same: response.bytes.equals(bytes),
      }).toEqual({ name, status: 200, cache: PUBLIC_FILE_CACHE, type, length: String(bytes.length), sniffing: 'nosniff', same: true })
    }
  })

  it('are not downloaded again by a browser that already has them (If-None-Match → 304)', async () => {
    const first = await fetchFile(photo.filename!)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[^"]+"$/)
    const again = await fetchFile(photo.filename!, { headers: { 'If-None-Match': etag! } })
    expect({ status: again.status, length: again.bytes.length, etag: again.headers.get('etag'), cache: again.headers.get('cache-control') })
      .toEqual({ status: 304, length: 0, etag, cache: PUBLIC_FILE_CACHE })
    expect((await fetchFile(photo.filename!, { headers: { 'If-None-Match': '"something-else"' } })).status).toBe(200)
  })

  it('can be fetched in parts (Range), and an impossible range is refused with 416', async () => {
    const bytes = fs.readFileSync(onDisk(photo.filename!))
    const part = await fetchFile(photo.filename!, { headers: { Range: 'bytes=0-9' } })
    expect({ status: part.status, range: part.headers.get('content-range'), length: part.headers.get('content-length') })
      .toEqual({ status: 206, range: `bytes 0-9/${bytes.length}`, length: '10' })
    expect(part.bytes.equals(bytes.subarray(0, 10))).toBe(true)
    expect(part.headers.get('cache-control')).toBe(PUBLIC_FILE_CACHE)

    const impossible = await fetchFile(photo.filename!, { headers: { Range: `bytes=${bytes.length + 10}-` } })
    expect({ status: impossible.status, range: impossible.headers.get('content-range') }).toEqual({ status: 416, range: `bytes */${bytes.length}` })
  })

  itWhereOpenFilesShow('are closed on the server when the visitor leaves mid-download', async () => {
    const file = onDisk(photo.filename!)
    const leaving = new AbortController()
    const request = new Request(`http://localhost:3000/api/media/file/${photo.filename}`, { signal: leaving.signal })
    const response = await handleEndpoints({ config, request })
    const reader = response.body!.getReader()
    await reader.read()
    expect(openCopies(file)).toBe(1)
    leaving.abort()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(openCopies(file)).toBe(0)
  })
})

describe('files of a photo in review', () => {
  let photo: Media

  beforeAll(async () => {
    photo = await upload('in-review.jpg', 'review')
  })

  it('come to an editor, and no cache may keep them', async () => {
    for (const name of [photo.filename!, photo.sizes!.card!.filename!]) {
      const response = await fetchFile(name, { asEditor: true })
      expect({ name, status: response.status, cache: response.headers.get('cache-control') }).toEqual({ name, status: 200, cache: PRIVATE_FILE_CACHE })
    }
  })

  it('are refused to visitors with a 403 and no bytes', async () => {
    for (const name of [photo.filename!, photo.sizes!.card!.filename!]) {
      const response = await fetchFile(name)
      expect({ name, status: response.status, image: response.bytes.length > 1000 }).toEqual({ name, status: 403, image: false })
    }
  })
})

describe('a file missing from the uploads folder', () => {
  it('answers 404 with a JSON error, not 500, to visitors and editors', async () => {
    const photo = await upload('lost.jpg', 'public')
    fs.unlinkSync(onDisk(photo.filename!))
    for (const asEditor of [false, true]) {
      const response = await fetchFile(photo.filename!, { asEditor })
      expect({ asEditor, status: response.status, body: json(response.bytes) })
        .toEqual({ asEditor, status: 404, body: { errors: [{ message: FILE_NOT_FOUND }] } })
    }
  })
})

describe('a file name that tries to leave the uploads folder', () => {
  // A bare `..` never reaches the file route: URL parsing resolves it (to the photo list) first.
  const attempts = ['..%2F..%2Fpackage.json', '..%2Fpackage.json', '..%5C..%5Cpackage.json', '%2Fetc%2Fpasswd', 'nested%2F..%2F..%2Fpackage.json', 'x%00.jpg']

  it.each(attempts)('%s never gets a file and never a 500', async (attempt) => {
    const packageJSON = fs.readFileSync('package.json')
    for (const asEditor of [false, true]) {
      const response = await fetchFile(attempt, { asEditor })
      expect({ attempt, asEditor, status: response.status, leaked: response.bytes.includes(packageJSON.subarray(0, 40)) || response.bytes.includes('root:') })
        .toEqual({ attempt, asEditor, status: expect.any(Number), leaked: false })
      expect([400, 403, 404]).toContain(response.status)
      expect(json(response.bytes)).toEqual({ errors: [{ message: expect.any(String) }] })
    }
  })
})
