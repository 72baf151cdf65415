// Regenerates payload-types.ts and the admin import map; with --check, fails if either was stale.
import fs from 'node:fs'

import { runPayload, scratchEnv } from './lib/payloadCli.mjs'

const check = process.argv.includes('--check')

const targets = [
  { command: 'generate:types', file: 'payload-types.ts' },
  { command: 'generate:importmap', file: 'app/(payload)/admin/importMap.js' },
]

let stale = []
for (const { command, file } of targets) {
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null
  fs.rmSync(file, { force: true })
  try {
    await runPayload([command], { env: scratchEnv, tookEffect: () => fs.existsSync(file) })
  } catch (error) {
    if (before !== null) fs.writeFileSync(file, before)
    throw error
  }
  const after = fs.readFileSync(file, 'utf8')
  if (before !== after) stale.push(file)
  console.log(`${file}: ${before === after ? 'up to date' : 'regenerated'}`)
}

if (check && stale.length > 0) {
  console.error(`Generated files were out of date: ${stale.join(', ')}. Run \`npm run generate\` and commit them.`)
  process.exit(1)
}
