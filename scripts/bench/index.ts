// `npm run bench`: builds the site, measures it at two database sizes against the limits and the
// face detector on 12 MP photos, prints a Markdown table and writes it, with the raw figures, to
// bench/results/. Options: --no-build,
// --quick (2 s per measurement, small size only), --cluster (adds two instances behind nginx).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type ClusterResult, clusterMarkdown } from '@/scripts/bench/clusterReport'
import { type FaceFigures, facesMarkdown } from '@/scripts/bench/facesReport'
import { markdownReport, type SizeResult } from '@/scripts/bench/report'
import type { SizeName } from '@/scripts/bench/sizes'

const quick = process.argv.includes('--quick')
const seconds = quick ? 2 : 10
const sizes: SizeName[] = quick ? ['small'] : ['small', 'large']
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--conditions=development --no-deprecation' }

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const started = Date.now()
/** Runs one part of the benchmark in a process of its own (`script …args out …flags`) and returns the figures it wrote. */
function runPart<T>(name: string, script: string, args: string[], flags: string[] = [], extraEnv: Record<string, string> = {}): T {
  const out = path.join(os.tmpdir(), `solidarity-bench-${name}-${process.pid}.json`)
  const run = spawnSync(path.resolve('node_modules/.bin/tsx'), [script, ...args, out, ...flags], { stdio: 'inherit', env: { ...env, ...extraEnv } })
  // The run writes its figures last: no file means it stopped early, whatever its exit code said.
  if (run.status !== 0 || !fs.existsSync(out)) {
    console.error(`The ${name} run failed (exit ${run.status}).`)
    process.exit(1)
  }
  const figures = JSON.parse(fs.readFileSync(out, 'utf8'))
  fs.rmSync(out)
  return figures
}

const results = sizes.map((size) => runPart<SizeResult>(size, 'scripts/bench/runSize.ts', [size, String(seconds)], size === 'small' ? ['--extras'] : []))
// The detector runs inside the server, so it is measured with the allocator setting `npm start` gives the server.
const faces = runPart<FaceFigures>('faces', 'scripts/bench/faces.ts', [], [], { MALLOC_ARENA_MAX: '2' })
const cluster = process.argv.includes('--cluster') ? runPart<ClusterResult>('cluster', 'scripts/bench/runCluster.ts', [String(seconds)]) : null

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`
const report = [markdownReport(results, machine), ...facesMarkdown(faces), ...(cluster ? clusterMarkdown(cluster) : [])].join('\n')
const stamp = new Date().toISOString().replace(/:/g, '-').slice(0, 19)
fs.mkdirSync('bench/results', { recursive: true })
fs.writeFileSync(`bench/results/${stamp}.json`, JSON.stringify({ machine, seconds, results, faces, cluster }, null, 2))
fs.writeFileSync(`bench/results/${stamp}.md`, `${report}\n`)
console.log(`\n${report}\nWritten to bench/results/${stamp}.{json,md} after ${Math.round((Date.now() - started) / 1000)} s.`)
