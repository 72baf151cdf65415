/**
 * Finds faces in a photo, off the main thread: the server keeps answering while the detector runs.
 * Receives `{ id, pixels, width, height }` (RGB bytes, already downscaled by faceDetector.ts) and
 * answers `{ id, faces: [{ x, y, width, height, score }] }` in pixels, or `{ id, error }`.
 * Loads only tfjs-core, tfjs-converter and the WASM backend (see tfjsCoreOnly.mjs), and the
 * weights and .wasm files that ship inside the packages: nothing is fetched.
 */
import { readFile } from 'node:fs/promises'
import { createRequire, register } from 'node:module'
import path from 'node:path'
import { parentPort } from 'node:worker_threads'

register('./tfjsCoreOnly.mjs', import.meta.url)

const require = createRequire(import.meta.url)
const faceapi = await import('@vladmandic/face-api/dist/face-api.esm-nobundle.js')
const { setWasmPaths } = await import('@tensorflow/tfjs-backend-wasm')
const { tf } = faceapi

// Low enough to catch turned and half-hidden faces: a false box costs an editor one tap, a missed
// face can cost the person in it far more.
const MIN_CONFIDENCE = 0.3
const MAX_FACES = 100

async function loadDetector() {
  setWasmPaths(`${path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}/`)
  await tf.setBackend('wasm')
  await tf.ready()
  const modelDir = path.join(path.dirname(require.resolve('@vladmandic/face-api/package.json')), 'model')
  const manifest = JSON.parse(await readFile(path.join(modelDir, 'ssd_mobilenetv1_model-weights_manifest.json'), 'utf8'))
  const weightMap = {}
  for (const group of manifest) {
    const buffers = await Promise.all(group.paths.map((file) => readFile(path.join(modelDir, file))))
    const joined = Buffer.concat(buffers)
    Object.assign(weightMap, tf.io.decodeWeights(joined.buffer.slice(joined.byteOffset, joined.byteOffset + joined.length), group.weights))
  }
  faceapi.nets.ssdMobilenetv1.loadFromWeightMap(weightMap)
  return new faceapi.SsdMobilenetv1Options({ minConfidence: MIN_CONFIDENCE, maxResults: MAX_FACES })
}

const ready = loadDetector()

async function detect({ pixels, width, height }) {
  const options = await ready
  const image = tf.tensor3d(new Uint8Array(pixels), [height, width, 3], 'int32')
  try {
    const detections = await faceapi.detectAllFaces(image, options)
    return detections.map(({ box, score }) => ({ x: box.x, y: box.y, width: box.width, height: box.height, score }))
  } finally {
    image.dispose()
  }
}

// One photo at a time. Passes run together would interleave at their awaits, and the WebAssembly
// heap would grow to hold all of them at once, and never shrink.
let previous = Promise.resolve()
parentPort.on('message', (message) => {
  previous = previous.then(async () => {
    try {
      parentPort.postMessage({ id: message.id, faces: await detect(message) })
    } catch (error) {
      parentPort.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) })
    }
  })
})
