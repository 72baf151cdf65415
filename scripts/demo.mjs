// `npm run demo`: applies the migrations and seeds the demo content into an empty database, builds
// the site (its cached pages are built from that content) and starts the production server.
import { spawn, spawnSync } from 'node:child_process'

import { startCommand } from './lib/startCommand.mjs'
import { seed } from './seed.mjs'

const port = process.env.PORT || '3000'
const origin = process.env.SERVER_URL || `http://localhost:${port}`
const env = { ...process.env, NODE_ENV: 'production', DEMO_MODE: 'true', PORT: port, NEXT_TELEMETRY_DISABLED: '1' }

await seed({ onlyIfEmpty: true, env })

if (!process.argv.includes('--no-build')) {
  console.log('Building the site (about a minute on two cores)…')
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const start = startCommand()
const server = spawn(process.execPath, start.args, { stdio: 'inherit', env: { ...start.env, ...env } })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))

async function waitUntilHealthy() {
  for (let tries = 0; tries < 120; tries++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`)
      if (response.ok) return true
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}

if (await waitUntilHealthy()) {
  console.log(`\nsolidarity-news is running.\n  Site:  ${origin}/\n  Admin: ${origin}/admin\n(Ctrl+C stops it.)\n`)
}
