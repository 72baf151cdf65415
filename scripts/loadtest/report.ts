import type { LoadFigures } from '@/scripts/bench/load'

export type RouteResult = { path: string; connections: number; figures: LoadFigures }
/** The server's memory, read every second of the load. */
export type Memory = { samplesMiB: number[] }

/** The low points of the second half may not be more than this above the first half's. */
export const MAX_MEMORY_GROWTH = 0.2

function sum(routes: RouteResult[], pick: (route: RouteResult) => number): number {
  return routes.reduce((total, route) => total + pick(route), 0)
}

/**
 * Under load the heap fills with garbage between full collections, so memory swings by hundreds of
 * megabytes at thousands of requests a second (400–875 MiB over five minutes, with the heap back to
 * 186 MB after each full collection). Two readings compare two points of that swing; the lowest
 * readings of each half compare what is left after collections, which a leak would raise.
 */
function memorySummary({ samplesMiB }: Memory) {
  // With an odd number of readings the middle one belongs to both halves (and a single one to each).
  const firstHalf = Math.min(...samplesMiB.slice(0, Math.ceil(samplesMiB.length / 2)))
  const secondHalf = Math.min(...samplesMiB.slice(Math.floor(samplesMiB.length / 2)))
  return { firstHalf, secondHalf, highest: Math.max(...samplesMiB), growth: (secondHalf - firstHalf) / firstHalf }
}

function percent(fraction: number): string {
  return `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)} %`
}

export function verdicts(routes: RouteResult[], memory: Memory): { ok: boolean; line: string }[] {
  const errors = sum(routes, (route) => route.figures.errors)
  const non2xx = sum(routes, (route) => route.figures.non2xx)
  const { growth } = memorySummary(memory)
  return [
    { ok: errors === 0, line: `no errors or timeouts (${errors})` },
    { ok: non2xx === 0, line: `no responses other than 2xx (${non2xx})` },
    { ok: growth <= MAX_MEMORY_GROWTH, line: `memory's low point in the second half at most ${MAX_MEMORY_GROWTH * 100} % above the first half's (${percent(growth)})` },
  ]
}

export function table(routes: RouteResult[], memory: Memory): string {
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
  const summary = memorySummary(memory)
  return [
    row(['address', 'connections', 'req/s', 'p50', 'p99', 'errors', 'non-2xx']),
    row(Array(7).fill('---')),
    ...routes.map(({ path, connections, figures: f }) => row([`\`${path}\``, connections, f.requestsPerSecond, `${f.p50} ms`, `${f.p99} ms`, f.errors, f.non2xx])),
    row([
      'all',
      sum(routes, (route) => route.connections),
      sum(routes, (route) => route.figures.requestsPerSecond),
      '',
      '',
      sum(routes, (route) => route.figures.errors),
      sum(routes, (route) => route.figures.non2xx),
    ]),
    '',
    `Server memory (RSS of the server and its child processes, read every second): lowest ${summary.firstHalf} MiB in the first half, ${summary.secondHalf} MiB in the second (${percent(summary.growth)}); highest ${summary.highest} MiB.`,
  ].join('\n')
}
