import path from 'node:path'
import { Worker } from 'node:worker_threads'

import sharp from 'sharp'

import type { Region } from '@/collections/Media/blurRegions'
import { type DetectedFace, toFaceBox } from '@/lib/faces/faceBox'

/**
 * The detector (SSD MobileNet) looks at a 512 × 512 square whatever it is given: it pads the picture
 * to a square and shrinks it. Handing it the photo already at 512 px on its longer side finds the
 * same faces (22 of 22 on the samples at 512, 640 and 1280 px) with less memory: no padded
 * full-size copy is made inside the worker.
 */
const DETECTION_LONG_SIDE = 512
/** Well above the 0.3–1 s a photo takes on two cores: past it the worker is stuck and is replaced. */
const TIMEOUT_MS = 60_000
/**
 * The worker's memory (about 300 MiB, most of it a WebAssembly heap that never shrinks) is given
 * back once no photo has come for this long. Longer than the jobs runner's 5 s between passes, so a
 * batch of uploads keeps one worker; a server between batches pays nothing for the detector.
 */
export const IDLE_STOP_MS = 20_000
// Loaded by Node from the source tree, not bundled: the worker's module hooks (tfjsCoreOnly.mjs)
// and the packages' model and .wasm files must be found where npm put them.
const WORKER_FILE = path.join(/* turbopackIgnore: true */ process.cwd(), 'lib/faces/faceWorker.mjs')

type Answer = { id: number; faces?: DetectedFace[]; error?: string }
type Waiting = { resolve: (faces: DetectedFace[]) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }

// One worker while photos keep coming: loading the model (about a second) takes longer than finding the faces.
let worker: Worker | null = null
let idleTimer: NodeJS.Timeout | null = null
let lastId = 0
const waiting = new Map<number, Waiting>()

function failAll(error: Error) {
  for (const { reject, timer } of waiting.values()) {
    clearTimeout(timer)
    reject(error)
  }
  waiting.clear()
}

function theWorker(): Worker {
  if (worker) return worker
  // A small young generation: the worker's JavaScript keeps little, and V8's default size only let
  // its garbage pile up. The peak per 12 MP photo went from +258 to +305 MiB over five bench runs
  // to +246 to +247 MiB over four, in the same time per photo.
  const started = new Worker(WORKER_FILE, { resourceLimits: { maxYoungGenerationSizeMb: 4 } })
  // A process with nothing else to do may exit while the worker waits for photos.
  started.unref()
  started.on('message', ({ id, faces, error }: Answer) => {
    const entry = waiting.get(id)
    if (!entry) return
    waiting.delete(id)
    clearTimeout(entry.timer)
    if (faces) entry.resolve(faces)
    else entry.reject(new Error(error ?? 'the face detector gave no answer'))
  })
  const forget = (error: Error) => {
    if (worker === started) worker = null
    failAll(error)
  }
  started.on('error', forget)
  started.on('exit', (code) => forget(new Error(`the face detector stopped (exit code ${code})`)))
  worker = started
  return started
}

function stopWhenIdle() {
  if (idleTimer) clearTimeout(idleTimer)
  idleTimer = setTimeout(() => void stopFaceDetector(), IDLE_STOP_MS)
  idleTimer.unref()
}

async function detectOne(image: Buffer): Promise<Region[]> {
  // rotate() turns the pixels as the stored photo shows them, so the boxes fall on the same faces.
  const { data, info } = await sharp(image)
    .rotate()
    .resize(DETECTION_LONG_SIDE, DETECTION_LONG_SIDE, { fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true })
  const pixels = data.buffer.slice(data.byteOffset, data.byteOffset + data.length)
  const id = ++lastId
  const target = theWorker()
  const faces = await new Promise<DetectedFace[]>((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(id)
      reject(new Error(`the face detector took longer than ${TIMEOUT_MS / 1000} s`))
      void target.terminate()
    }, TIMEOUT_MS)
    waiting.set(id, { resolve, reject, timer })
    target.postMessage({ id, pixels, width: info.width, height: info.height }, [pixels])
  })
  return faces.map((face) => toFaceBox(face, info.width, info.height))
}

// The jobs runner may start several checks at once; the detector's memory is measured for one
// photo at a time (docs/performance.md), so each waits for the one before it.
let previous: Promise<unknown> = Promise.resolve()
let inLine = 0

/** Finds the faces in a photo; each comes back as a region to blur, in fractions of the photo. */
export function detectFaces(image: Buffer): Promise<Region[]> {
  if (idleTimer) clearTimeout(idleTimer)
  inLine++
  const turn = previous.then(() => detectOne(image))
  previous = turn
    .catch(() => undefined)
    .finally(() => {
      if (--inLine === 0) stopWhenIdle()
    })
  return turn
}

/** Whether the worker (and its memory) is there now. */
export function faceDetectorRunning(): boolean {
  return worker !== null
}

/** Stops the worker: when it has been idle, and for processes that end on their own (tests, the bench). */
export async function stopFaceDetector(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer)
  idleTimer = null
  const running = worker
  worker = null
  await running?.terminate()
}
