// One part of `npm run bench`, in a process of its own so its memory is the detector's alone:
// finds the faces in face-api's six sample photographs, each enlarged to 12 MP, and writes recall,
// false boxes, time per photo and the peak memory increase to the file named by its argument.
// Alone, with the server's allocator setting (`npm start`):
// `MALLOC_ARENA_MAX=2 NODE_OPTIONS=--conditions=development npx tsx scripts/bench/faces.ts /tmp/faces.json`.
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { detectFaces, stopFaceDetector } from '@/lib/faces/faceDetector'
import { peakRssDuring, rssMiB } from '@/scripts/bench/memory'
import { type FaceFigures, facesMarkdown } from '@/scripts/bench/facesReport'
import { DEMO_PHOTO_DIR, FACES_LOCATED_BY_HAND, scoreBoxes } from '@/tests/fixtures/demoPhotoFaces'

const MEGAPIXELS = 12
const out = process.argv[2]
if (!out) throw new Error('Usage: tsx scripts/bench/faces.ts <figures.json>')

/** A sample photo enlarged to 12 MP, as a phone or camera would deliver it. */
async function twelveMegapixels(file: string): Promise<Buffer> {
  const original = sharp(path.join(DEMO_PHOTO_DIR, file))
  const { width = 0, height = 0 } = await original.metadata()
  const scale = Math.sqrt((MEGAPIXELS * 1e6) / (width * height))
  return original.resize(Math.round(width * scale), Math.round(height * scale)).jpeg({ quality: 90 }).toBuffer()
}

const photos = await Promise.all(Object.keys(FACES_LOCATED_BY_HAND).map(async (file) => ({ file, data: await twelveMegapixels(file) })))
const baselineMiB = rssMiB(process.pid)

const { result, peakMiB } = await peakRssDuring(process.pid, async () => {
  const coldStarted = performance.now()
  await detectFaces(photos[0].data)
  const coldStartMs = performance.now() - coldStarted
  const perPhoto = []
  for (const { file, data } of photos) {
    const started = performance.now()
    const boxes = await detectFaces(data)
    const ms = performance.now() - started
    const { found, falseBoxes } = scoreBoxes(boxes, FACES_LOCATED_BY_HAND[file])
    perPhoto.push({ file, ms: Math.round(ms), present: FACES_LOCATED_BY_HAND[file].length, found, falseBoxes })
  }
  return { coldStartMs: Math.round(coldStartMs), perPhoto }
})
await stopFaceDetector()

const times = result.perPhoto.map(({ ms }) => ms).sort((a, b) => a - b)
const figures: FaceFigures = {
  megapixels: MEGAPIXELS,
  present: result.perPhoto.reduce((sum, photo) => sum + photo.present, 0),
  found: result.perPhoto.reduce((sum, photo) => sum + photo.found, 0),
  falseBoxes: result.perPhoto.reduce((sum, photo) => sum + photo.falseBoxes, 0),
  medianMs: (times[2] + times[3]) / 2,
  maxMs: times[times.length - 1],
  coldStartMs: result.coldStartMs,
  peakIncreaseMiB: peakMiB - baselineMiB,
  perPhoto: result.perPhoto,
}
console.log(facesMarkdown(figures).join('\n'))
fs.writeFileSync(out, JSON.stringify(figures, null, 2))
