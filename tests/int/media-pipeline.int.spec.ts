import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'
import exifr from 'exifr'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { setAside, settleEverythingSetAside } from '@/collections/Media/filesSetAside'
import type { Media } from '@/payload-types'

import { body, createUser } from '@/tests/helpers/fixtures'
import { CAMERA_SERIAL, noisyPhoto, phonePhoto, pixelBomb } from '@/tests/helpers/images'
import { getTestPayload } from '@/tests/helpers/payload'
import { rest } from '@/tests/helpers/rest'

let payload: Payload
let token: string
const mediaDir = () => process.env.MEDIA_DIR!

beforeAll(async () => {
  payload = await getTestPayload()
  token = (await createUser(payload, 'editor')).token
})

async function upload(file: Buffer, name: string, type: string, fields: Record<string, unknown> = {}) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Marchers behind the banner', ...fields }))
  return rest('POST', '/media', { token, formData: form })
}

function storedFiles(): string[] {
  return fs.existsSync(mediaDir()) ? fs.readdirSync(mediaDir()) : []
}

function filesOf(doc: Media): string[] {
  return [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter(
    (name): name is string => Boolean(name),
  )
}

describe('uploads that are refused with a 400 and leave nothing behind', () => {
  const cases: [string, () => Promise<[Buffer, string, string]>, RegExp][] = [
    ['an SVG drawing', async () => [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'x.svg', 'image/svg+xml'], /SVG/],
    ['an SVG renamed .png', async () => [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'), 'x.png', 'image/png'], /SVG|not an image|not accepted/],
    ['a text file named .jpg', async () => [Buffer.from('hello, this is not a photo'), 'photo.jpg', 'image/jpeg'], /not an image/],
    ['a PNG named .jpg', async () => [await sharp({ create: { width: 20, height: 20, channels: 3, background: '#f00' } }).png().toBuffer(), 'photo.jpg', 'image/jpeg'], /contains a PNG/],
    ['a GIF', async () => [await sharp({ create: { width: 20, height: 20, channels: 3, background: '#f00' } }).gif().toBuffer(), 'x.gif', 'image/gif'], /not accepted/],
    ['a damaged JPEG', async () => {
      const photo = await noisyPhoto(400, 300)
      return [photo.subarray(0, Math.floor(photo.length / 2)), 'cut.jpg', 'image/jpeg']
    }, /damaged/],
    ['a file over 25 MB', async () => [Buffer.concat([await noisyPhoto(100, 100), Buffer.alloc(26 * 1024 * 1024)]), 'huge.jpg', 'image/jpeg'], /larger than 25 MB/],
    ['an image over 80 megapixels', async () => [pixelBomb(), 'bomb.png', 'image/png'], /megapixels|cannot be read|not an image/],
  ]

  it.each(cases)('%s', async (_name, make, message) => {
    const [file, name, type] = await make()
    const before = { docs: (await payload.count({ collection: 'media' })).totalDocs, files: storedFiles().length }
    const started = Date.now()
    const response = await upload(file, name, type)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(message)
    expect(Date.now() - started).toBeLessThan(5000)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.docs)
    expect(storedFiles().length).toBe(before.files)
  })
})

describe('an accepted phone photo', () => {
  let doc: Media

  beforeAll(async () => {
    const response = await upload(await phonePhoto(2400, 1800), 'IMG_0001.JPG', 'image/jpeg')
    expect(response.status).toBe(201)
    doc = response.body.doc
  })

  it('keeps the capture date and nothing else of the camera metadata, in the original and every size', async () => {
    expect(doc.takenAt).toBe(new Date(2024, 5, 8, 13, 45, 10).toISOString())
    const files = filesOf(doc)
    expect(files.length).toBe(5)
    for (const name of files) {
      const file = fs.readFileSync(path.join(mediaDir(), name))
      const metadata = await sharp(file).metadata()
      expect({ name, exif: metadata.exif, xmp: metadata.xmp, iptc: metadata.iptc }).toEqual({ name, exif: undefined, xmp: undefined, iptc: undefined })
      const tags = await exifr.parse(file, { tiff: true, gps: true, exif: true, ifd1: true, xmp: true, iptc: true, mergeOutput: true }).catch(() => undefined)
      expect({ name, tags: tags ?? null }).toEqual({ name, tags: null })
      expect(await exifr.thumbnail(file).catch(() => undefined)).toBeUndefined()
      const bytes = file.toString('latin1')
      for (const secret of [CAMERA_SERIAL, 'PhoneMaker', 'Phone 15 Pro', 'Exif\u0000\u0000', 'http://ns.adobe.com/xap']) {
        expect({ name, contains: secret, found: bytes.includes(secret) }).toEqual({ name, contains: secret, found: false })
      }
    }
  })

  it('is turned upright by its orientation flag before the flag is dropped', () => {
    expect([doc.width, doc.height]).toEqual([1800, 2400])
  })

  it('waits in review with a placeholder ready', () => {
    expect(doc.visibility).toBe('review')
    expect(doc.placeholder).toMatch(/^data:image\/webp;base64,/)
  })
})

describe('real camera photos with GPS (the face detector’s six sample photographs)', () => {
  const SAMPLES = path.join(process.cwd(), 'node_modules/@vladmandic/face-api/demo')
  const files = ['sample1.jpg', 'sample2.jpg', 'sample3.jpg', 'sample4.jpg', 'sample5.jpg', 'sample6.jpg']

  it.each(files)('%s keeps neither the place nor the camera, in the original or any size', async (file) => {
    const original = fs.readFileSync(path.join(SAMPLES, file))
    const camera = await exifr.parse(original, { gps: true, tiff: true })
    // The sample must really carry what is being stripped, or this test proves nothing.
    expect(typeof camera.latitude).toBe('number')
    const response = await upload(original, file, 'image/jpeg')
    expect(response.status).toBe(201)
    for (const name of filesOf(response.body.doc)) {
      const stored = fs.readFileSync(path.join(mediaDir(), name))
      const tags = await exifr.parse(stored, { tiff: true, gps: true, exif: true, xmp: true, iptc: true }).catch(() => undefined)
      expect({ name, tags: tags ?? null }).toEqual({ name, tags: null })
      const bytes = stored.toString('latin1')
      for (const secret of [camera.Make, camera.Model]) {
        expect({ name, contains: secret, found: bytes.includes(secret) }).toEqual({ name, contains: secret, found: false })
      }
    }
  })
})

describe('sizes', () => {
  it('are a 400, 800 and 1600 px wide WebP and a 1200×630 preview crop', async () => {
    const response = await upload(await noisyPhoto(2400, 1600), 'wide.jpg', 'image/jpeg', { visibility: 'public' })
    const sizes = (response.body.doc as Media).sizes!
    expect([sizes.thumbnail?.width, sizes.card?.width, sizes.large?.width]).toEqual([400, 800, 1600])
    expect([sizes.thumbnail?.mimeType, sizes.large?.mimeType]).toEqual(['image/webp', 'image/webp'])
    expect([sizes.og?.width, sizes.og?.height]).toEqual([1200, 630])
    const og = await sharp(path.join(mediaDir(), sizes.og!.filename!)).metadata()
    expect([og.width, og.height]).toEqual([1200, 630])
  })
})

describe('photos in review', () => {
  let inReview: Media

  beforeAll(async () => {
    inReview = (await upload(await noisyPhoto(900, 600), 'private.jpg', 'image/jpeg')).body.doc
  })

  it('are not listed or readable for visitors', async () => {
    const list = await rest('GET', '/media?limit=100')
    expect(list.body.docs.map((photo: Media) => photo.id)).not.toContain(inReview.id)
    expect([403, 404]).toContain((await rest('GET', `/media/${inReview.id}`)).status)
  })

  it('have no file, original or size, served to visitors', async () => {
    for (const name of filesOf(inReview)) {
      const response = await rest('GET', `/media/file/${name}`)
      expect({ name, status: [403, 404].includes(response.status) }).toEqual({ name, status: true })
    }
    const forEditor = await rest('GET', `/media/file/${inReview.filename}`, { token })
    expect(forEditor.status).toBe(200)
  })

  it('cannot be embedded in a published article', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'With a photo in review', heroImage: inReview.id, body: body('x'), _status: 'published' },
    })
    const response = await rest('GET', `/articles/${article.id}?depth=1`)
    expect(typeof response.body.heroImage === 'object' && response.body.heroImage !== null).toBe(false)
  })

  it('become public only by an editor, and then are served', async () => {
    const visitor = await rest('PATCH', `/media/${inReview.id}`, { body: { visibility: 'public' } })
    expect(visitor.status).toBe(403)
    const editor = await rest('PATCH', `/media/${inReview.id}`, { token, body: { visibility: 'public' } })
    expect(editor.status).toBe(200)
    expect((await rest('GET', `/media/file/${inReview.filename}`)).status).toBe(200)
  })

  it('need alt text to become public', async () => {
    const response = await rest('PATCH', `/media/${inReview.id}`, { token, body: { alt: '', visibility: 'public' } })
    expect(response.status).toBe(400)
  })
})

describe('blurring', () => {
  async function stats(file: Buffer, region: { left: number; top: number; width: number; height: number }) {
    // stats() describes its input, not the pipeline: cut the region out first.
    const { channels } = await sharp(await sharp(file).extract(region).toBuffer()).stats()
    return channels.slice(0, 3).reduce((sum, channel) => sum + channel.stdev, 0) / 3
  }

  it('destroys the marked area in the original and every size, and keeps no unblurred copy', async () => {
    const photo = (await upload(await noisyPhoto(1800, 1200), 'faces.jpg', 'image/jpeg')).body.doc as Media
    const originalPath = path.join(mediaDir(), photo.filename!)
    const before = fs.readFileSync(originalPath)
    const hashesBefore = new Set(filesOf(photo).map((name) => createHash('sha256').update(fs.readFileSync(path.join(mediaDir(), name))).digest('hex')))
    const inside = { left: 600, top: 400, width: 600, height: 400 }
    const outside = { left: 0, top: 0, width: 400, height: 300 }
    const insideBefore = await stats(before, inside)

    const response = await rest('POST', `/media/${photo.id}/blur`, {
      token,
      body: { regions: [{ x: 1 / 3, y: 1 / 3, width: 1 / 3, height: 1 / 3 }] },
    })
    expect(response.status).toBe(200)
    const blurred = response.body.doc as Media

    const after = fs.readFileSync(path.join(mediaDir(), blurred.filename!))
    expect(await stats(after, inside)).toBeLessThan(insideBefore / 5)
    expect(Math.abs((await stats(after, outside)) - (await stats(before, outside)))).toBeLessThan(insideBefore / 10)

    const large = path.join(mediaDir(), blurred.sizes!.large!.filename!)
    const scale = blurred.sizes!.large!.width! / 1800
    const scaled = { left: Math.round(inside.left * scale) + 20, top: Math.round(inside.top * scale) + 20, width: Math.round(inside.width * scale) - 40, height: Math.round(inside.height * scale) - 40 }
    expect(await stats(fs.readFileSync(large), scaled)).toBeLessThan(insideBefore / 5)

    for (const name of storedFiles()) {
      const hash = createHash('sha256').update(fs.readFileSync(path.join(mediaDir(), name))).digest('hex')
      expect({ name, unblurredCopy: hashesBefore.has(hash) }).toEqual({ name, unblurredCopy: false })
    }
    // New addresses, so no cache can go on serving the unblurred picture under them.
    expect(filesOf(blurred).some((name) => filesOf(photo).includes(name))).toBe(false)
    expect(fs.existsSync(originalPath)).toBe(false)
  })

  it('puts a photo back as it was when a crash cuts the replacement of its files short', async () => {
    const photo = (await upload(await noisyPhoto(1800, 1200), 'cut-short.jpg', 'image/jpeg')).body.doc as Media
    const bytesBefore = new Map(filesOf(photo).map((name) => [name, fs.readFileSync(path.join(mediaDir(), name))]))
    // Where a crash can stop Payload: the old files deleted, a new one half-written, the record not yet saved.
    await setAside(filesOf(photo))
    for (const name of filesOf(photo)) fs.unlinkSync(path.join(mediaDir(), name))
    fs.writeFileSync(path.join(mediaDir(), 'cut-short-1.jpg'), bytesBefore.get(photo.filename!)!.subarray(0, 1000))

    await settleEverythingSetAside(payload)

    for (const [name, bytes] of bytesBefore) {
      expect({ name, whole: fs.readFileSync(path.join(mediaDir(), name)).equals(bytes) }).toEqual({ name, whole: true })
    }
    expect(storedFiles()).not.toContain('.set-aside')
    const served = await rest('GET', `/media/file/${photo.filename}`, { token })
    expect(served.status).toBe(200)
  })

  it('is refused to visitors and for nonsense areas', async () => {
    const photo = (await upload(await noisyPhoto(300, 200), 'b.jpg', 'image/jpeg')).body.doc as Media
    expect((await rest('POST', `/media/${photo.id}/blur`, { body: { regions: [{ x: 0, y: 0, width: 0.5, height: 0.5 }] } })).status).toBe(403)
    for (const regions of [[], [{ x: -1, y: 0, width: 2, height: 1 }], [{ x: 'a' }], 'everything']) {
      expect((await rest('POST', `/media/${photo.id}/blur`, { token, body: { regions } })).status).toBe(400)
    }
  })
})
