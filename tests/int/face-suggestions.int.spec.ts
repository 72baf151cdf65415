import fs from 'node:fs'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Media } from '@/payload-types'
import { stopFaceDetector } from '@/lib/faces/faceDetector'

import { createUser } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'
import { rest } from '@/tests/helpers/rest'

let payload: Payload
let token: string
const SAMPLE = fs.readFileSync(path.join(process.cwd(), 'node_modules/@vladmandic/face-api/demo/sample1.jpg'))

beforeAll(async () => {
  payload = await getTestPayload()
  token = (await createUser(payload, 'editor')).token
})

afterEach(async () => {
  await payload.updateGlobal({ slug: 'site-settings', data: { blurFacesBeforePublic: false } })
})

afterAll(stopFaceDetector)

async function upload(file: Buffer, name = 'march.jpg') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify({ alt: 'Marchers behind the banner' }))
  const response = await rest('POST', '/media', { token, formData: form })
  expect(response.status).toBe(201)
  return response.body.doc as Media
}

const runJobs = () => payload.jobs.run({ limit: 10, silent: true })
const read = async (id: number) => (await rest('GET', `/media/${id}?depth=0`, { token })).body as Media
const makePublic = (id: number, extra: Record<string, unknown> = {}) => rest('PATCH', `/media/${id}`, { token, body: { visibility: 'public', ...extra } })

describe('face suggestions after an upload', () => {
  it('the upload answers before any face is looked for; the queued job then suggests a box per face', async () => {
    const photo = await upload(SAMPLE)
    expect(photo.faceCheck).toBe('pending')
    expect(photo.faceBoxes).toEqual([])
    await runJobs()
    const checked = await read(photo.id)
    expect(checked.faceCheck).toBe('suggested')
    expect(checked.faceBoxes).toHaveLength(3)
    for (const box of checked.faceBoxes!) {
      for (const value of [box.x, box.y, box.width, box.height]) expect(value).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(1)
      expect(box.y + box.height).toBeLessThanOrEqual(1)
    }
  })

  it('waits for photos to stop arriving, so an upload and the detector never need their memory at once', async () => {
    const first = await upload(SAMPLE, 'first.jpg')
    const checks = runJobs()
    // Another photo of the batch arrives while the first one's check waits.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const second = await upload(SAMPLE, 'second.jpg')
    const secondStoredAt = Date.now()
    await checks
    // The check waited for the second photo's upload to end, and 2 s more without one.
    expect(Date.now() - secondStoredAt).toBeGreaterThanOrEqual(1_500)
    expect((await read(first.id)).faceCheck).toBe('suggested')
    await runJobs()
    expect((await read(second.id)).faceCheck).toBe('suggested')
  })

  it('a photo without people is marked as having no face', async () => {
    const photo = await upload(await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#6a8caf' } }).jpeg().toBuffer(), 'sky.jpg')
    await runJobs()
    expect((await read(photo.id)).faceCheck).toBe('none')
  })

  it('editors cannot write the detector’s result, and visitors never see it', async () => {
    const photo = await upload(SAMPLE)
    await runJobs()
    const forged = await rest('PATCH', `/media/${photo.id}`, { token, body: { faceCheck: 'none', faceBoxes: [] } })
    expect(forged.status).toBe(200)
    expect((await read(photo.id)).faceCheck).toBe('suggested')
    expect((await read(photo.id)).faceBoxes).toHaveLength(3)

    expect((await makePublic(photo.id, { facesConfirmed: true })).status).toBe(200)
    const asVisitor = (await rest('GET', `/media/${photo.id}?depth=0`)).body
    expect(asVisitor.alt).toBe('Marchers behind the banner')
    expect(asVisitor).not.toHaveProperty('faceCheck')
    // Payload answers an array field a reader may not see with an empty list.
    expect(asVisitor.faceBoxes ?? []).toEqual([])
  })

  it('detection that fails logs one line and leaves the photo in review, marked "faces not checked"', async () => {
    const photo = await upload(SAMPLE)
    // The stored file is gone when the job runs: the detector has nothing to read.
    fs.unlinkSync(path.join(process.env.MEDIA_DIR!, photo.filename!))
    const warnings: string[] = []
    const warn = payload.logger.warn
    payload.logger.warn = ((message: string) => void warnings.push(String(message))) as typeof warn
    try {
      await runJobs()
    } finally {
      payload.logger.warn = warn
    }
    const checked = await read(photo.id)
    expect(checked.faceCheck).toBe('failed')
    expect(checked.visibility).toBe('review')
    expect(warnings.filter((line) => line.includes(`Faces not checked on photo ${photo.id}`))).toHaveLength(1)
  })
})

describe('making a photo with suggested faces public', () => {
  let photo: Media

  beforeAll(async () => {
    photo = await upload(SAMPLE)
    await runJobs()
  })

  it('is a 400 that says why, unless the editor confirms they looked at the faces', async () => {
    const refused = await makePublic(photo.id)
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/found faces on this photo that nobody has looked at/)
    expect((await read(photo.id)).visibility).toBe('review')

    const confirmed = await makePublic(photo.id, { facesConfirmed: true })
    expect(confirmed.status).toBe(200)
    const after = await read(photo.id)
    expect(after.visibility).toBe('public')
    expect(after.faceCheck).toBe('reviewed')
  })

  it('needs the faces blurred first when the site setting says so, and blurring them clears the way', async () => {
    const another = await upload(SAMPLE, 'another.jpg')
    await runJobs()
    await payload.updateGlobal({ slug: 'site-settings', data: { blurFacesBeforePublic: true } })

    const refused = await makePublic(another.id, { facesConfirmed: true })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/blurs every detected face before a photo is made public/)

    const { faceBoxes } = await read(another.id)
    const regions = faceBoxes!.map(({ x, y, width, height }) => ({ x, y, width, height }))
    expect((await rest('POST', `/media/${another.id}/blur`, { token, body: { regions } })).status).toBe(200)
    const blurred = await read(another.id)
    expect(blurred.faceCheck).toBe('reviewed')
    expect(blurred.faceBoxes).toEqual([])
    await runJobs()
    expect((await read(another.id)).faceCheck).toBe('reviewed')
    expect((await makePublic(another.id)).status).toBe(200)
  })

  it('lets an editor drop suggestions that are not faces, and the photo may then be made public', async () => {
    const wrong = await upload(SAMPLE, 'not-faces.jpg')
    await runJobs()
    await payload.updateGlobal({ slug: 'site-settings', data: { blurFacesBeforePublic: true } })
    expect((await rest('POST', `/media/${wrong.id}/faces-reviewed`)).status).toBe(403)

    const reviewed = await rest('POST', `/media/${wrong.id}/faces-reviewed`, { token })
    expect(reviewed.status).toBe(200)
    const after = await read(wrong.id)
    expect(after.faceCheck).toBe('reviewed')
    expect(after.faceBoxes).toEqual([])
    expect((await makePublic(wrong.id)).status).toBe(200)
    expect((await rest('POST', `/media/${wrong.id}/faces-reviewed`, { token })).status).toBe(409)
  })
})

describe('photos stored before face suggestions existed', () => {
  it('are checked by the hourly catch-up, while a photo whose own check is on its way is left to it', async () => {
    const old = await upload(SAMPLE, 'before-the-detector.jpg')
    // As a photo from the previous release: unchecked, no check queued, last changed long ago.
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'detectFaces' } } })
    await payload.db.updateOne({ collection: 'media', id: old.id, data: { updatedAt: new Date(Date.now() - 2 * 3_600_000).toISOString() } })
    const recent = await upload(SAMPLE, 'just-uploaded.jpg')

    const faceChecksQueued = async () => (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'detectFaces' } } })).totalDocs
    expect(await faceChecksQueued()).toBe(1)
    await payload.jobs.queue({ task: 'checkUncheckedPhotos', input: {} })
    await payload.jobs.run({ where: { taskSlug: { equals: 'checkUncheckedPhotos' } }, silent: true })
    // The old photo's check, beside the recent one's own: nobody's photo is checked twice.
    expect(await faceChecksQueued()).toBe(2)
    await runJobs()

    const checked = await read(old.id)
    expect(checked.faceCheck).toBe('suggested')
    expect(checked.faceBoxes).toHaveLength(3)
    expect((await read(recent.id)).faceCheck).toBe('suggested')
  })
})
