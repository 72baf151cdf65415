import type { AdminListFigures } from '@/scripts/bench/adminLists'
import type { SearchQueryFigures } from '@/scripts/bench/searchQueries'

export type Figures = { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number }
/** Which of the floors below a route is held to; `none` asks only for no errors. */
export type Floor = 'cached' | 'dynamic' | 'api' | 'none'
type Route = { path: string; floor: Floor; one: Figures; many: Figures }
export type SizeResult = {
  size: string
  counts: { articles: number; demos: number; meetings: number; photos: number }
  seedSeconds: number
  routes: Route[]
  limit: { one: Figures; many: Figures }
  publishToVisibleMs: { median: number; all: number[] }
  rssMiB: { start: number; beforeLoad: number; afterLoad: number }
  adminListsMs?: Record<string, AdminListFigures>
  searchQueryMs?: SearchQueryFigures
  images?: { ingest24mpSeconds: number; batchOf20Seconds: number; batchFacesCheckedSeconds?: number; batchPeakRssMiB: number; sizeBytes: Record<string, number> }
  clientJsKiB?: Record<string, number>
  lighthouse?: Record<string, { performance: number; accessibility: number; bestPractices: number; seo: number; error?: string }>
}

/** The floors this release promises (issue "Benchmarks"); a row that misses one says so. */
const CACHED_RATIO = 0.12
const CACHED_P99_MS = 50
const DYNAMIC_P99_MS = 150
/** The public API's reads (issue 14): lists, and a document by id or slug. */
const API_REQUESTS_PER_SECOND = 1000
const API_P99_MS = 50
const ADMIN_LIST_MS = 300
export const PUBLISH_MS = 1000
const INGEST_SECONDS = 3
const BATCH_RSS_MIB = 1024
const JS_ABOVE_FLOOR_KIB = 15

export const verdict = (ok: boolean) => (ok ? 'ok' : '**missed**')
const FLOOR_NAMES: Record<Floor, string> = { cached: 'cached', dynamic: 'dynamic', api: 'api', none: 'no errors' }
/** autocannon measures whole milliseconds. */
export const ms = (value: number) => (value < 1 ? '<1 ms' : `${value} ms`)

export function markdownReport(results: SizeResult[], machine: string): string {
  const lines: string[] = [`Machine: ${machine}`, '']
  for (const result of results) {
    const limit = result.limit.many.requestsPerSecond
    lines.push(
      `### ${result.size}: ${result.counts.articles} articles, ${result.counts.demos} demo reports, ${result.counts.meetings} meetings, ${result.counts.photos} photos (seeded in ${result.seedSeconds.toFixed(0)} s)`,
      '',
      `node:http serving the article's bytes: ${limit} req/s at 32 connections (p99 ${result.limit.many.p99} ms), ${result.limit.one.requestsPerSecond} req/s at 1.`,
      '',
      '| route | req/s @1 | p99 @1 | req/s @32 | p50 @32 | p99 @32 | errors | × limit | floor |',
      '|---|---|---|---|---|---|---|---|---|',
    )
    for (const route of result.routes) {
      const ratio = route.many.requestsPerSecond / limit
      const clean = route.many.errors === 0 && route.many.non2xx === 0 && route.one.errors === 0 && route.one.non2xx === 0
      const fast = {
        cached: ratio >= CACHED_RATIO && route.many.p99 <= CACHED_P99_MS,
        dynamic: result.size !== 'large' || route.many.p99 <= DYNAMIC_P99_MS,
        api: route.many.requestsPerSecond >= API_REQUESTS_PER_SECOND && route.many.p99 <= API_P99_MS,
        none: true,
      }[route.floor]
      lines.push(
        `| \`${route.path}\` | ${route.one.requestsPerSecond} | ${ms(route.one.p99)} | ${route.many.requestsPerSecond} | ${ms(route.many.p50)} | ${ms(route.many.p99)} | ${route.many.errors + route.many.non2xx} | ${ratio.toFixed(2)} | ${FLOOR_NAMES[route.floor]}: ${verdict(fast && clean)} |`,
      )
    }
    lines.push(
      '',
      `Publish → visible on the article and /news: median ${result.publishToVisibleMs.median} ms (${result.publishToVisibleMs.all.join(', ')}): ${verdict(result.publishToVisibleMs.median <= PUBLISH_MS)}.`,
      `Server memory: ${result.rssMiB.start} MiB at start, ${result.rssMiB.beforeLoad} MiB after seeding, ${result.rssMiB.afterLoad} MiB after the load.`,
      '',
    )
    if (result.searchQueryMs) {
      lines.push(
        `Search index rebuilt in ${result.searchQueryMs.rebuildSeconds.toFixed(1)} s. Searches without a cache (index query, count and snippets of one page, no rendering): ${result.searchQueryMs.queries.map((figure) => `\`${figure.query}\` (${figure.matches} matches) p50 ${figure.p50} ms, p99 ${figure.p99} ms`).join('; ')}.`,
        '',
      )
    }
    if (result.adminListsMs) {
      lines.push('| admin list of 10 | default order | slowest sort by a default column | floor |', '|---|---|---|---|')
      for (const [slug, list] of Object.entries(result.adminListsMs)) {
        const ok = list.defaultMs <= ADMIN_LIST_MS && list.slowestSortMs <= ADMIN_LIST_MS
        lines.push(`| ${slug} | ${ms(list.defaultMs)} | ${ms(list.slowestSortMs)} (\`${list.slowestSort}\`) | ≤ ${ADMIN_LIST_MS} ms: ${verdict(ok)} |`)
      }
      lines.push('')
    }
    if (result.images) {
      const images = result.images
      lines.push(
        `Image ingest: 24 MP JPEG in ${images.ingest24mpSeconds.toFixed(2)} s (${verdict(images.ingest24mpSeconds <= INGEST_SECONDS)}); 20 phone photos (12 MP) in ${images.batchOf20Seconds.toFixed(1)} s, their faces checked ${images.batchFacesCheckedSeconds?.toFixed(1) ?? '?'} s later, server peak ${images.batchPeakRssMiB} MiB over both (${verdict(images.batchPeakRssMiB <= BATCH_RSS_MIB)}). Sizes of the 24 MP photo: ${Object.entries(images.sizeBytes).map(([name, bytes]) => `${name} ${Math.round(bytes / 1024)} KiB`).join(', ')}.`,
        '',
      )
    }
    if (result.clientJsKiB) {
      const { floor, ...pages } = result.clientJsKiB
      lines.push(
        `Client JavaScript (gzip): Next's floor ${floor} KiB; ${Object.entries(pages).map(([path, kib]) => `\`${path}\` ${kib} KiB (+${(kib - floor).toFixed(1)}, ${verdict(kib - floor <= JS_ABOVE_FLOOR_KIB)})`).join('; ')}.`,
        '',
      )
    }
    if (result.lighthouse) {
      lines.push('| Lighthouse (mobile) | performance | accessibility | best practices | SEO |', '|---|---|---|---|---|')
      for (const [path, scores] of Object.entries(result.lighthouse)) {
        const ok = scores.performance >= 95 && scores.accessibility === 100 && scores.bestPractices === 100 && scores.seo === 100
        const verdictText = scores.error ? `(**missed**: Lighthouse could not measure it, ${scores.error})` : ok ? '' : '(**missed**)'
        lines.push(`| \`${path}\` | ${scores.performance} | ${scores.accessibility} | ${scores.bestPractices} | ${scores.seo} ${verdictText} |`)
      }
      lines.push('')
    }
  }
  if (results.length > 1) lines.push(...scaleTable(results[0], results[results.length - 1]))
  return lines.join('\n')
}

/** How each route's figures move from the small database to the large: time that grows with the content is a defect. */
function scaleTable(small: SizeResult, large: SizeResult): string[] {
  const lines = [
    `### Scale: ${small.size} → ${large.size}`,
    '',
    `| route | req/s @32 | p99 @32 | p99 @1 |`,
    '|---|---|---|---|',
  ]
  const change = (from: number, to: number) =>
    from === 0 ? `${from} → ${to}` : `${from} → ${to} (${to >= from ? '+' : ''}${Math.round(((to - from) / from) * 100)} %)`
  small.routes.forEach((route, index) => {
    const other = large.routes[index]
    lines.push(
      `| \`${route.path}\`${other.path === route.path ? '' : ` (large: \`${other.path}\`)`} | ${change(route.many.requestsPerSecond, other.many.requestsPerSecond)} | ${change(route.many.p99, other.many.p99)} ms | ${change(route.one.p99, other.one.p99)} ms |`,
    )
  })
  lines.push(
    '',
    `Publish → visible: ${change(small.publishToVisibleMs.median, large.publishToVisibleMs.median)} ms. The bare node:http limit, serving the same bytes both times: ${change(small.limit.many.requestsPerSecond, large.limit.many.requestsPerSecond)} req/s.`,
    '',
  )
  return lines
}
