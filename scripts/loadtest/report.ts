import type { LoadFigures } from '../bench/load'

export type RouteResult = { path: string; connections: number; figures: LoadFigures }
export type Memory = { afterWarmUpMiB: number; atEndMiB: number }

/** Memory may settle lower after the warm-up; it must not climb more than this while serving. */
export const MAX_MEMORY_GROWTH = 0.2

function sum(routes: RouteResult[], pick: (route: RouteResult) => number): number {
  return routes.reduce((total, route) => total + pick(route), 0)
}

function memoryGrowth({ afterWarmUpMiB, atEndMiB }: Memory): number {
  return (atEndMiB - afterWarmUpMiB) / afterWarmUpMiB
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
    { ok: growth <= MAX_MEMORY_GROWTH, line: `memory at the end at most ${MAX_MEMORY_GROWTH * 100} % above after the warm-up (${percent(growth)})` },
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
    `Server memory (RSS of the server and its child processes): ${memory.afterWarmUpMiB} MiB after the warm-up, ${memory.atEndMiB} MiB at the end (${percent(memoryGrowth(memory))}).`,
  ].join('\n')
}
