// `npm run loadtest [-- --duration 60 --connections 64 --build]`: the production build, seeded with
// the demo content, under load on loopback: the home page, an article, the photo archive and the RSS
// feed at once, after a warm-up. Passes with no errors, no non-2xx answers and server memory whose
// low point in the second half of the run is at most 20 % above the first half's; prints the
// figures, exits 1 on a failure.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { startSeededServer } from '@/scripts/lib/seededServer'
import { load } from '@/scripts/bench/load'
import { treeRssMiB } from '@/scripts/bench/memory'

import { OptionError, parseOptions } from '@/scripts/loadtest/options'
import { type Memory, type RouteResult, table, verdicts } from '@/scripts/loadtest/report'

const PATHS = ['/', '/news/why-we-carry-this-banner', '/photos', '/feed.xml']
const WARM_UP_SECONDS = 10
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** Shares the connections out over the addresses as evenly as they divide. */
function connectionsPerPath(total: number): number[] {
  return PATHS.map((_path, index) => Math.floor(total / PATHS.length) + (index < total % PATHS.length ? 1 : 0))
}

function optionsOrExit() {
  try {
    return parseOptions(process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof OptionError)) throw error
    console.error(`loadtest: ${error.message}`)
    process.exit(2)
  }
}

const options = optionsOrExit()
if (options.build || !fs.existsSync('.next/BUILD_ID') || !fs.existsSync('dist/server/index.js')) {
  console.log('Building the site…')
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const { server, payload } = await startSeededServer()
const stop = async () => {
  await payload.destroy()
  await server.stop()
}
process.once('SIGINT', () => void stop().finally(() => process.exit(130)))

/** Warms the server up, then loads it, reading the server's memory every second. */
async function measure(): Promise<{ routes: RouteResult[]; memory: Memory }> {
  const origin = new URL(server.url)
  if (!LOOPBACK.has(origin.hostname)) throw new Error(`refusing to load ${origin.origin}: only a server on the loopback address is tested`)
  const shares = connectionsPerPath(options.connections)
  const loadAll = (seconds: number) => Promise.all(PATHS.map((path, index) => load(`${origin.origin}${path}`, shares[index], seconds)))

  console.log(`Warming up for ${WARM_UP_SECONDS} s on ${origin.origin}…`)
  await loadAll(WARM_UP_SECONDS)
  console.log(`Loading for ${options.duration} s with ${options.connections} connections…`)
  const samplesMiB = [treeRssMiB(server.pid)]
  const reading = setInterval(() => samplesMiB.push(treeRssMiB(server.pid)), 1000)
  const figures = await loadAll(options.duration).finally(() => clearInterval(reading))
  return {
    routes: PATHS.map((path, index) => ({ path, connections: shares[index], figures: figures[index] })),
    memory: { samplesMiB },
  }
}

let measured: Awaited<ReturnType<typeof measure>> | undefined
try {
  measured = await measure()
} catch (error) {
  console.error(`loadtest: ${(error as Error).message}`)
} finally {
  await stop()
}
if (!measured) process.exit(1)

const { routes, memory } = measured
const results = verdicts(routes, memory)
console.log(`\n${table(routes, memory)}\n`)
for (const { ok, line } of results) console.log(`${ok ? 'PASS' : 'FAIL'}  ${line}`)
process.exit(results.every(({ ok }) => ok) ? 0 : 1)
