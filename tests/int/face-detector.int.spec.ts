import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'

import type { Region } from '@/collections/Media/blurRegions'
import { detectFaces, stopFaceDetector } from '@/lib/faces/faceDetector'

const DEMO = path.join(process.cwd(), 'node_modules/@vladmandic/face-api/demo')

/**
 * The centre of every face in two of face-api's sample photos, located by hand on the pictures
 * (fractions of width and height), so the detector is checked against people, not against itself.
 */
const FACES_LOCATED_BY_HAND: Record<string, [number, number][]> = {
  'sample1.jpg': [
    [0.27, 0.375],
    [0.49, 0.43],
    [0.81, 0.26],
  ],
  'sample5.jpg': [
    [0.444, 0.154],
    [0.619, 0.24],
    [0.356, 0.403],
    [0.775, 0.369],
    [0.244, 0.703],
  ],
}
/** Faces a person counts in each of the six sample photos. */
const FACES_PRESENT: Record<string, number> = {
  'sample1.jpg': 3,
  'sample2.jpg': 3,
  'sample3.jpg': 3,
  'sample4.jpg': 4,
  'sample5.jpg': 5,
  'sample6.jpg': 4,
}

const contains = (box: Region, [x, y]: [number, number]) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height

afterAll(stopFaceDetector)

describe('face suggestions on real photographs', () => {
  it.each(Object.entries(FACES_LOCATED_BY_HAND))('%s: one box over each face located by hand, and no other box', async (file, faces) => {
    const boxes = await detectFaces(fs.readFileSync(path.join(DEMO, file)))
    for (const face of faces) expect(boxes.filter((box) => contains(box, face))).toHaveLength(1)
    for (const box of boxes) expect(faces.some((face) => contains(box, face))).toBe(true)
  })

  it('finds at least 90 % of the faces in the six sample photos', async () => {
    let found = 0
    let present = 0
    for (const [file, count] of Object.entries(FACES_PRESENT)) {
      found += Math.min(count, (await detectFaces(fs.readFileSync(path.join(DEMO, file)))).length)
      present += count
    }
    expect(found / present).toBeGreaterThanOrEqual(0.9)
  })

  it('suggests nothing on a picture without people', async () => {
    const sky = await (await import('sharp')).default({ create: { width: 1600, height: 1200, channels: 3, background: '#7fb2e5' } }).jpeg().toBuffer()
    expect(await detectFaces(sky)).toEqual([])
  })
})
