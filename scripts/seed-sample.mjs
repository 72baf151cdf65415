// `npm run seed:sample -- --articles N --demos N --meetings N --photos N [--shared-files]`: synthetic content for
// load and archive tests; --shared-files gives all photos hard links to one uploaded photo's files.
import { parseArgs } from 'node:util'

import { contentScriptEnv, runPayload } from './lib/payloadCli.mjs'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '0' },
    demos: { type: 'string', default: '0' },
    meetings: { type: 'string', default: '0' },
    photos: { type: 'string', default: '0' },
    'shared-files': { type: 'boolean', default: false },
  },
})

const counts = {}
for (const [name, value] of Object.entries(values)) {
  if (name === 'shared-files') continue
  const count = Number(value)
  if (!Number.isInteger(count) || count < 0 || count > 100_000) {
    console.error(`--${name} must be a whole number from 0 to 100000 (got "${value}")`)
    process.exit(2)
  }
  counts[name] = count
}

await runPayload(['run', 'scripts/seed-sample.ts'], {
  env: { ...contentScriptEnv(), SAMPLE_COUNTS: JSON.stringify({ ...counts, sharedFiles: values['shared-files'] }) },
  tookEffect: (output) => output.includes('Sample content added'),
})
