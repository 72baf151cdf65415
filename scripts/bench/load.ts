import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'

export type LoadFigures = {
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  non2xx: number
}

const run = promisify(execFile)
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js')

/**
 * Requests one address as fast as `connections` clients can for `seconds`, on loopback. The client
 * runs in a process of its own: in this one, the garbage collector's pauses over a seeded database's
 * worth of objects would be counted as the server's latency. `headers` go with every request (a
 * cookie, to get past a caching proxy). With `distinct`, each request replaces `[<id>]` in the
 * address with an id of its own, so no cache can answer it (never at the address's end: autocannon's
 * argument parser reads a trailing `]` as its own syntax).
 */
export async function load(url: string, connections: number, seconds: number, headers: Record<string, string> = {}, { distinct = false } = {}): Promise<LoadFigures> {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}=${value}`])
  const distinctArgs = distinct ? ['-I'] : []
  const { stdout } = await run(process.execPath, [AUTOCANNON, '--json', '-c', String(connections), '-d', String(seconds), '-p', '1', ...distinctArgs, ...headerArgs, url], {
    maxBuffer: 16 * 1024 * 1024,
  })
  const result = JSON.parse(stdout.trim().split('\n').at(-1)!)
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}
