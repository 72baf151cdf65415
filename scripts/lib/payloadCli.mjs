import { spawnSync } from 'node:child_process'
import path from 'node:path'

const payloadBin = path.resolve('node_modules/.bin/payload')

/**
 * Runs a `payload` CLI command. On Node 20 the CLI can exit 0 having done nothing (a top-level
 * await in lexical never settles); a resolution condition avoids that path, and callers still
 * check the command's effect with `tookEffect`, retrying when it did nothing.
 */
export function runPayload(args, { env = {}, tookEffect, attempts = 3 } = {}) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const result = spawnSync(payloadBin, args, {
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --conditions=development --no-deprecation`.trim(),
        NEXT_TELEMETRY_DISABLED: '1',
        ...env,
      },
    })
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
    if (result.status !== 0) {
      process.stderr.write(output)
      throw new Error(`payload ${args.join(' ')} failed with exit code ${result.status}`)
    }
    if (tookEffect(output)) return output
    console.warn(`payload ${args.join(' ')} exited without doing anything (attempt ${attempt} of ${attempts}); retrying`)
  }
  throw new Error(`payload ${args.join(' ')} did nothing in ${attempts} attempts`)
}

/** Settings that keep a CLI run from touching the real database or secret. */
export const scratchEnv = {
  PAYLOAD_SECRET: 'payload-cli-scratch-secret-not-used-for-anything',
  DATABASE_URL: 'file::memory:',
}
