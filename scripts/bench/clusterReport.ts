import { type Figures, ms, PUBLISH_MS, verdict } from '@/scripts/bench/report'

type Memory = Record<string, number>
export type ClusterResult = {
  routes: { path: string; proxy: Figures; oneInstance: Figures }[]
  publishToVisibleMs: { median: number; all: number[] }
  rssMiB: { beforeLoad: Memory; afterLoad: Memory }
}

const PROCESS_NAMES: Record<string, string> = {
  instanceA: 'instance A',
  instanceB: 'instance B',
  nginx: 'nginx (all its processes)',
  redis: 'Redis',
  bench: 'the benchmark with s3rver',
}

/** The `--cluster` section of the report: two instances behind nginx (npm run demo:cluster). */
export function clusterMarkdown(result: ClusterResult): string[] {
  const errors = (figures: Figures) => figures.errors + figures.non2xx
  const lines = [
    '### Cluster: two instances behind nginx, sharing the database, Redis and a bucket',
    '',
    '| route | req/s via nginx @32 | p99 | req/s one instance @32 | p99 | errors |',
    '|---|---|---|---|---|---|',
    ...result.routes.map(
      ({ path, proxy, oneInstance }) =>
        `| \`${path}\` | ${proxy.requestsPerSecond} | ${ms(proxy.p99)} | ${oneInstance.requestsPerSecond} | ${ms(oneInstance.p99)} | ${errors(proxy) + errors(oneInstance)} |`,
    ),
    '',
    `Publish on A → visible on B's article and /news: median ${result.publishToVisibleMs.median} ms (${result.publishToVisibleMs.all.join(', ')}): ${verdict(result.publishToVisibleMs.median <= PUBLISH_MS)}.`,
    '',
    '| process | RSS before the load | after |',
    '|---|---|---|',
    ...Object.keys(result.rssMiB.afterLoad).map(
      (name) => `| ${PROCESS_NAMES[name] ?? name} | ${result.rssMiB.beforeLoad[name]} MiB | ${result.rssMiB.afterLoad[name]} MiB |`,
    ),
    '',
  ]
  return lines
}
