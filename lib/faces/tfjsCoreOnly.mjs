/**
 * Module resolution hooks for the face worker only. face-api's build imports the whole
 * `@tensorflow/tfjs` bundle (layers, data, the WebGL backend) and the ES-module sources of the WASM
 * backend, which plain Node cannot load. Its detector only needs tensor ops and weight decoding, so
 * here those imports resolve to tfjs-core, tfjs-converter and the Node build of the WASM backend:
 * about a hundred MiB less per worker than the full bundle.
 */
const REPLACEMENTS = {
  '@tensorflow/tfjs/dist/index.js': new URL('./tfjsCoreAndConverter.mjs', import.meta.url).href,
  '@tensorflow/tfjs-backend-webgl/dist/index.js': new URL('./noWebglBackend.mjs', import.meta.url).href,
  '@tensorflow/tfjs-backend-wasm/dist/index.js': '@tensorflow/tfjs-backend-wasm',
}

export async function resolve(specifier, context, nextResolve) {
  const replacement = REPLACEMENTS[specifier]
  if (replacement?.startsWith('file:')) return { url: replacement, shortCircuit: true }
  return nextResolve(replacement ?? specifier, context)
}
