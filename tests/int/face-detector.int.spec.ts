import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { detectFaces, faceDetectorRunning, IDLE_STOP_MS, stopFaceDetector } from '@/lib/faces/faceDetector'

import { DEMO_PHOTO_DIR, FACES_LOCATED_BY_HAND, scoreBoxes } from '@/tests/fixtures/demoPhotoFaces'

afterAll(stopFaceDetector)

const detectIn = async (file: string) => detectFaces(fs.readFileSync(path.join(DEMO_PHOTO_DIR, file)))

describe('face suggestions on real photographs', () => {
  it.each(['sample1.jpg', 'sample5.jpg'])('%s: one box over each face located by hand, and no other box', async (file) => {
    const { boxesPerFace, falseBoxes } = scoreBoxes(await detectIn(file), FACES_LOCATED_BY_HAND[file])
    expect(boxesPerFace.every((count) => count === 1)).toBe(true)
    expect(falseBoxes).toBe(0)
  })

  it('finds at least 90 % of the faces in the six sample photos', async () => {
    let found = 0
    let present = 0
    for (const [file, faces] of Object.entries(FACES_LOCATED_BY_HAND)) {
      found += scoreBoxes(await detectIn(file), faces).found
      present += faces.length
    }
    expect(found / present).toBeGreaterThanOrEqual(0.9)
  })

  it('photos sent at once each get their own faces', async () => {
    const files = ['sample1.jpg', 'sample5.jpg', 'sample4.jpg']
    const boxes = await Promise.all(files.map(detectIn))
    expect(boxes.map((found) => found.length)).toEqual(files.map((file) => FACES_LOCATED_BY_HAND[file].length))
    files.forEach((file, index) => expect(scoreBoxes(boxes[index], FACES_LOCATED_BY_HAND[file]).falseBoxes).toBe(0))
  })

  it('suggests nothing on a picture without people', async () => {
    const sky = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#7fb2e5' } }).jpeg().toBuffer()
    expect(await detectFaces(sky)).toEqual([])
  })
})

describe('the detector between batches', () => {
  it('gives its memory back once no photo has come for a while, and starts again for the next', async () => {
    expect((await detectIn('sample1.jpg')).length).toBe(FACES_LOCATED_BY_HAND['sample1.jpg'].length)
    expect(faceDetectorRunning()).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, IDLE_STOP_MS + 2_000))
    expect(faceDetectorRunning()).toBe(false)
    expect((await detectIn('sample5.jpg')).length).toBe(FACES_LOCATED_BY_HAND['sample5.jpg'].length)
    expect(faceDetectorRunning()).toBe(true)
  }, IDLE_STOP_MS + 60_000)
})
