import type { LoadFigures } from '../bench/load'

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
function lowPoints({ samplesMiB }: Memory) {
  const half = Math.floor(samplesMiB.length / 2)
  return { firstHalf: Math.min(...samplesMiB.slice(0, half)), secondHalf: Math.min(...samplesMiB.slice(half)) }
}

function memoryGrowth(memory: Memory): number {
  const { firstHalf, secondHalf } = lowPoints(memory)
  return (secondHalf - firstHalf) / firstHalf
}

function percent(fraction: number): string {
  return `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)} %`
}

export function verdicts(routes: RouteResult[], memory: Memory): { ok: boolean; line: string }[] {
  const errors = sum(routes, (route) => route.figures.errors)
  const non2xx = sum(routes, (route) => route.figures.non2xx)
  const growth = memoryGrowth(memory)
  return [
    { ok: errors === 0, line: `no errors or timeouts (${errors})` },
    { ok: non2xx === 0, line: `no responses other than 2xx (${non2xx})` },
    { ok: growth <= MAX_MEMORY_GROWTH, line: `memory's low point in the second half at most ${MAX_MEMORY_GROWTH * 100} % above the first half's (${percent(growth)})` },
  ]
}

export function table(routes: RouteResult[], memory: Memory): string {
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
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
    `Server memory (RSS of the server and its child processes, read every second): lowest ${lowPoints(memory).firstHalf} MiB in the first half, ${lowPoints(memory).secondHalf} MiB in the second (${percent(memoryGrowth(memory))}); highest ${Math.max(...memory.samplesMiB)} MiB.`,
  ].join('\n')
}
