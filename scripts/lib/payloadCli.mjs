import { spawn } from 'node:child_process'
import path from 'node:path'

const payloadBin = path.resolve('node_modules/.bin/payload')

function runOnce(args, env, stdin) {
  return new Promise((resolve) => {
    const child = spawn(payloadBin, args, {
      stdio: [stdin, 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --conditions=development --no-deprecation`.trim(),
        NEXT_TELEMETRY_DISABLED: '1',
        ...env,
      },
    })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      process.stdout.write(chunk)
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
      process.stderr.write(chunk)
    })
    child.on('close', (status) => resolve({ status, output }))
  })
}

/**
 * Runs a `payload` CLI command, streaming its output. On Node 20 the CLI can exit 0 having done
 * nothing (a top-level await in lexical never settles); a resolution condition avoids that path, and
 * callers still check the command's effect with `tookEffect`, retrying when it did nothing.
 * `interactive` hands the terminal to the command, when there is one, for the questions it asks.
 */
export async function runPayload(args, { env = {}, tookEffect, attempts = 3, interactive = false } = {}) {
  const stdin = interactive && process.stdin.isTTY ? 'inherit' : 'ignore'
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const { status, output } = await runOnce(args, env, stdin)
    if (status !== 0) throw new Error(`payload ${args.join(' ')} failed with exit code ${status}`)
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

/**
 * Scripts that write content run as production does: the committed migrations are applied and the
 * schema is never pushed, so the database stays usable by `npm start` and `npm run demo`.
 */
export function contentScriptEnv() {
  return {
    NODE_ENV: process.env.NODE_ENV || 'production',
    DEMO_MODE: process.env.PAYLOAD_SECRET ? process.env.DEMO_MODE || '' : 'true',
  }
}
