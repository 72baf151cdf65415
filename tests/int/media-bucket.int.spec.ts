import fs from 'node:fs'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Media } from '@/payload-types'
import { startLocalObjectStore } from '@/scripts/cluster/objectStore'

import { noisyPhoto } from '@/tests/helpers/images'
import { npmRun } from '@/tests/helpers/npmRun'
import { startStorageProxy } from '@/tests/helpers/storageProxy'

// s3rver is a test double: it speaks enough S3 for the SDK but checks no credentials, ACLs or
// bucket policies. What a real bucket refuses is proven only by CI against MinIO.
const objectStore = await startLocalObjectStore()
// The app reaches the store through a proxy, so a test can make it refuse some requests.
const storageProxy = await startStorageProxy(objectStore.env.S3_ENDPOINT)
// env() is read once per process, when the config is first imported: the bucket must be named first.
Object.assign(process.env, objectStore.env, { S3_ENDPOINT: storageProxy.endpoint })
const { mediaFiles } = await import('@/collections/Media/fileStore')
const { setAside, settleEverythingSetAside, filesOfPhoto } = await import('@/collections/Media/filesSetAside')
const { PRIVATE_FILE_CACHE, PUBLIC_FILE_CACHE } = await import('@/collections/Media/cacheByVisibility')
const { FILE_NOT_FOUND } = await import('@/collections/Media/serveFromFolder')
const { STORAGE_UNAVAILABLE_MESSAGE } = await import('@/hooks/explainErrors')
const { createUser } = await import('@/tests/helpers/fixtures')
const { getTestPayload } = await import('@/tests/helpers/payload')
const { rest } = await import('@/tests/helpers/rest')

const endpoints = [new URL(objectStore.env.S3_ENDPOINT), new URL(storageProxy.endpoint)]
const bucket = objectStore.env.S3_BUCKET
const workspace = process.env.TEST_WORKSPACE!
let payload: Payload
let token: string

beforeAll(async () => {
  payload = await getTestPayload()
  token = (await createUser(payload, 'editor')).token
})

let bucketDown = false

afterAll(async () => {
  if (bucketDown) return
  await storageProxy.close()
  await objectStore.close()
})

async function upload(file: Buffer, name: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify({ alt: 'Marchers behind the banner' }))
  return rest<{ doc: Media; errors?: { message: string }[] }>('POST', '/media', { token, formData: form })
}

/** The answer of Payload's file route, to an editor or to an anonymous visitor. */
const served = (name: string, asEditor: boolean) => rest<string>('GET', `/media/file/${name}`, asEditor ? { token } : {})

/** The bytes an editor is served (the REST helper reads bodies as text). */
async function servedBytes(name: string): Promise<Buffer> {
  const { handleEndpoints } = await import('payload')
  const config = (await import('@payload-config')).default
  const request = new Request(`http://localhost:3000/api/media/file/${name}`, { headers: { Authorization: `JWT ${token}` } })
  const response = await handleEndpoints({ config, request })
  expect(response.status).toBe(200)
  return Buffer.from(await response.arrayBuffer())
}

const bucketNames = () => mediaFiles().list()

/** Whether `check` comes true within a few seconds. */
async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (const deadline = Date.now() + 5000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (await check()) return true
  }
  return false
}

describe('photos in a bucket (s3rver)', () => {
  let photo: Media

  beforeAll(async () => {
    const response = await upload(await noisyPhoto(1800, 1200), 'march.jpg')
    expect(response.status).toBe(201)
    photo = response.body.doc
  })

  it('stores an upload and every size in the bucket, and nothing in MEDIA_DIR', async () => {
    expect(await bucketNames()).toEqual(expect.arrayContaining(filesOfPhoto(photo)))
    expect(fs.existsSync(process.env.MEDIA_DIR!) ? fs.readdirSync(process.env.MEDIA_DIR!) : []).toEqual([])
  })

  it('serves an editor the very bytes in the bucket through /api/media/file, never to visitors while in review', async () => {
    for (const name of filesOfPhoto(photo)) {
      expect((await servedBytes(name)).equals(await mediaFiles().read(name))).toBe(true)
      expect([403, 404]).toContain((await served(name, false)).status)
    }
    expect((await served(photo.filename!, true)).headers.get('cache-control')).toBe(PRIVATE_FILE_CACHE)
  })

  it('lets anyone cache a public photo for a year', async () => {
    expect((await rest('PATCH', `/media/${photo.id}`, { token, body: { visibility: 'public' } })).status).toBe(200)
    for (const name of filesOfPhoto(photo)) {
      const response = await served(name, false)
      expect({ name, status: response.status, cache: response.headers.get('cache-control') }).toEqual({ name, status: 200, cache: PUBLIC_FILE_CACHE })
    }
  })

  it('gives no bucket address in the API answer for the photo', async () => {
    const response = await rest('GET', `/media/${photo.id}`)
    expect(response.status).toBe(200)
    const text = JSON.stringify(response.body)
    const addresses = endpoints.flatMap((endpoint) => [endpoint.host, `localhost:${endpoint.port}`])
    for (const address of [...addresses, `/${bucket}/`, `${bucket}.`, 's3://', 'amazonaws']) {
      expect(text).not.toContain(address)
    }
    const doc = response.body as Media
    expect(doc.url).toBe(`http://localhost:3000/api/media/file/${doc.filename}`)
    expect(doc.sizes?.thumbnail?.url).toBe(`http://localhost:3000/api/media/file/${doc.sizes?.thumbnail?.filename}`)
  })

  it('answers 404 with a JSON error, not 500, to visitors and editors for a file missing from the bucket', async () => {
    const { doc } = (await upload(await noisyPhoto(300, 200), 'lost.jpg')).body
    expect((await rest('PATCH', `/media/${doc.id}`, { token, body: { visibility: 'public' } })).status).toBe(200)
    await mediaFiles().delete(doc.filename!)
    for (const asEditor of [false, true]) {
      const response = await served(doc.filename!, asEditor)
      expect({ asEditor, status: response.status, body: response.body }).toEqual({ asEditor, status: 404, body: { errors: [{ message: FILE_NOT_FOUND }] } })
    }
  })

  it('blurs the original read from the bucket, serves the new file and no longer the old one', async () => {
    const before = await servedBytes(photo.filename!)
    const response = await rest('POST', `/media/${photo.id}/blur`, { token, body: { regions: [{ x: 0.25, y: 0.25, width: 0.5, height: 0.5 }] } })
    expect(response.status).toBe(200)
    const blurred = response.body.doc as Media
    expect(blurred.filename).not.toBe(photo.filename)
    expect((await servedBytes(blurred.filename!)).equals(before)).toBe(false)
    expect([403, 404]).toContain((await served(photo.filename!, false)).status)
    expect((await served(photo.filename!, true)).status).toBe(404)
    const names = await bucketNames()
    for (const name of filesOfPhoto(photo)) expect(names).not.toContain(name)
    photo = blurred
  })

  it('puts a photo back in the bucket when a crash cut the replacement of its files short', async () => {
    const target = (await upload(await noisyPhoto(900, 600), 'cut-short.jpg')).body.doc
    const bytesBefore = new Map<string, Buffer>()
    for (const name of filesOfPhoto(target)) bytesBefore.set(name, await mediaFiles().read(name))
    // Where a crash can stop Payload: the old files deleted, a new one half-written, the record not yet saved.
    await setAside(filesOfPhoto(target))
    for (const name of filesOfPhoto(target)) await mediaFiles().delete(name)
    await mediaFiles().write('cut-short-1.jpg', bytesBefore.get(target.filename!)!.subarray(0, 1000))

    await settleEverythingSetAside(payload)

    for (const [name, bytes] of bytesBefore) {
      expect({ name, whole: (await mediaFiles().read(name)).equals(bytes) }).toEqual({ name, whole: true })
    }
    expect((await bucketNames()).filter((name) => name.startsWith('.set-aside/'))).toEqual([])
    expect((await served(target.filename!, true)).status).toBe(200)
  })

  it('backs up the bucket with the database and restores it byte for byte', async () => {
    const snapshot = new Map<string, Buffer>()
    for (const name of await bucketNames()) snapshot.set(name, await mediaFiles().read(name))
    const out = path.join(workspace, 'backups')
    const backup = await npmRun('backup', ['--out', out])
    expect(backup).toMatchObject({ code: 0, stdout: expect.stringContaining(`${snapshot.size} media files`) })
    expect(backup.stdout).toContain(`s3://${bucket}`)
    const archive = path.join(out, fs.readdirSync(out)[0])

    const [first, ...others] = snapshot.keys()
    await mediaFiles().delete(first)
    await mediaFiles().write(others[0], Buffer.from('changed after the backup'))
    await mediaFiles().write('uploaded-after-the-backup.jpg', Buffer.from('later upload'))

    const copyURL = `file:${path.join(workspace, 'copy', 'site.db')}`
    const restore = await npmRun('restore', [archive], { DATABASE_URL: copyURL })
    expect(restore).toMatchObject({ code: 0, stdout: expect.stringContaining(`s3://${bucket}`) })
    expect(await bucketNames()).toEqual([...snapshot.keys()].sort())
    for (const [name, bytes] of snapshot) expect({ name, same: (await mediaFiles().read(name)).equals(bytes) }).toEqual({ name, same: true })
  })

  it('copies an existing uploads folder into the bucket with `npm run media:to-bucket`, checked and idempotent', async () => {
    const folder = path.join(workspace, 'old-media')
    fs.mkdirSync(path.join(folder, 'nested'), { recursive: true })
    const files = new Map([
      ['from-disk.jpg', await noisyPhoto(200, 100)],
      ['nested/also-from-disk.webp', Buffer.from('webp bytes')],
    ])
    for (const [name, bytes] of files) fs.writeFileSync(path.join(folder, name), bytes)

    const first = await npmRun('media:to-bucket', [], { MEDIA_DIR: folder })
    expect(first).toMatchObject({ code: 0, stdout: expect.stringContaining('2 copied') })
    for (const [name, bytes] of files) expect((await mediaFiles().read(name)).equals(bytes)).toBe(true)

    const again = await npmRun('media:to-bucket', [], { MEDIA_DIR: folder })
    expect(again).toMatchObject({ code: 0, stdout: expect.stringContaining('0 copied') })
    expect(again.stdout).toContain('2 already there, 0 failed')
  })

  describe('with a bucket that answers but refuses to store files', () => {
    afterEach(() => {
      storageProxy.refuse = () => false
    })

    it('removes a new photo whose files were not all stored, and answers 503', async () => {
      const before = (await payload.count({ collection: 'media' })).totalDocs
      const name = 'half-stored.jpg'
      // The sizes are refused only once the original is in the bucket, so the photo is really half-stored.
      storageProxy.refuse = async ({ method, url }) =>
        method === 'PUT' && !new URL(url!, storageProxy.endpoint).pathname.endsWith(`/${name}`) && (await eventually(() => mediaFiles().exists(name)))

      const response = await upload(await noisyPhoto(900, 600), name)

      expect({ status: response.status, errors: response.body.errors }).toEqual({ status: 503, errors: [{ message: STORAGE_UNAVAILABLE_MESSAGE }] })
      expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
      expect(await bucketNames()).toContain(name)
      expect((await payload.find({ collection: 'media', where: { filename: { like: 'half-stored' } } })).docs).toEqual([])
    })

    it('puts a photo back as it was when the bucket refuses its replacement file, still serving the old files', async () => {
      const photo = (await upload(await noisyPhoto(900, 600), 'kept.jpg')).body.doc
      // The record as the database holds it, not as the API shows it.
      const stored = () => payload.db.findOne<Media>({ collection: 'media', where: { id: { equals: photo.id } } })
      const before = (await stored())!
      storageProxy.refuse = ({ method }) => method === 'PUT'

      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(await noisyPhoto(1200, 800))], { type: 'image/jpeg' }), 'replacement.jpg')
      form.append('_payload', JSON.stringify({ alt: 'Changed with the file' }))
      const response = await rest('PATCH', `/media/${photo.id}`, { token, formData: form })

      expect({ status: response.status, body: response.body }).toEqual({ status: 503, body: { errors: [{ message: STORAGE_UNAVAILABLE_MESSAGE }] } })
      expect(await stored()).toEqual(before)
      for (const name of filesOfPhoto(before)) {
        expect({ name, status: (await served(name, true)).status }).toEqual({ name, status: 200 })
      }
    })
  })

  describe('with the bucket down', () => {
    beforeAll(async () => {
      bucketDown = true
      await storageProxy.close()
      await objectStore.close()
    })

    it('refuses an upload with a 503 that says why, saves nothing, and keeps serving the rest', async () => {
      const before = (await payload.count({ collection: 'media' })).totalDocs
      const response = await upload(await noisyPhoto(300, 200), 'while-down.jpg')
      expect(response.status).toBe(503)
      expect(response.body.errors).toEqual([{ message: STORAGE_UNAVAILABLE_MESSAGE }])
      expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
      expect((await rest('GET', '/media?limit=1')).status).toBe(200)
    })

    it('refuses a blur with the same 503', async () => {
      const response = await rest('POST', `/media/${photo.id}/blur`, { token, body: { regions: [{ x: 0, y: 0, width: 0.5, height: 0.5 }] } })
      expect({ status: response.status, body: response.body }).toEqual({ status: 503, body: { errors: [{ message: STORAGE_UNAVAILABLE_MESSAGE }] } })
    })

    it('fails `npm run media:to-bucket` with a non-zero exit', async () => {
      const folder = path.join(workspace, 'old-media-2')
      fs.mkdirSync(folder, { recursive: true })
      fs.writeFileSync(path.join(folder, 'unreachable.jpg'), 'bytes')
      const run = await npmRun('media:to-bucket', [], { MEDIA_DIR: folder })
      expect(run.code).not.toBe(0)
      expect(run.stdout).toContain('1 failed')
    })
  })
})
