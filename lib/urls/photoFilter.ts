import { parsePageNumber, parseWrittenPageNumber } from '@/lib/urls/pageNumber'

/** The archive's filters, as they appear in the address: `/photos?demo=<slug>&year=2024&topic=<slug>`. */
export type PhotoFilter = { demo?: string; year?: number; topic?: string }

const SLUG = /^[a-z0-9-]{1,120}$/
/** Stands for "any" in a route segment: a slug never contains it. */
const ANY = '_'

function parseYear(value: string | undefined): number | undefined {
  const year = Number(value)
  return value && Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : undefined
}

/** Only well-formed values become filters; anything else is ignored rather than an error. */
export function parsePhotoFilter(params: Record<string, string | string[] | undefined>): PhotoFilter {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
  const filter: PhotoFilter = {}
  const demo = first(params.demo)
  const topic = first(params.topic)
  const year = parseYear(first(params.year))
  if (demo && SLUG.test(demo)) filter.demo = demo
  if (topic && SLUG.test(topic)) filter.topic = topic
  if (year) filter.year = year
  return filter
}

export function filterQuery(filter: PhotoFilter, page = 1): string {
  const params = new URLSearchParams()
  if (filter.demo) params.set('demo', filter.demo)
  if (filter.year) params.set('year', String(filter.year))
  if (filter.topic) params.set('topic', filter.topic)
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `?${query}` : ''
}

/**
 * Where `/photos?…` is served from: one cached page per filter and page number, under a single
 * spelling (`/photos/filtered/<demo>/<year>/<topic>/<page>`), however the query string was
 * written. A page number that is not one goes to page 0, which does not exist.
 */
export function filteredArchivePath(params: URLSearchParams): string {
  const filter = parsePhotoFilter({ demo: params.get('demo') ?? undefined, year: params.get('year') ?? undefined, topic: params.get('topic') ?? undefined })
  const page = params.has('page') ? (parsePageNumber(params.get('page') ?? '') ?? 0) : 1
  return `/photos/filtered/${filter.demo ?? ANY}/${filter.year ?? ANY}/${filter.topic ?? ANY}/${page}`
}

/** The filter and page of a filtered-archive route, or null when a segment is not one it could be. */
export function filterFromSegments(segments: { demo: string; year: string; topic: string; page: string }): { filter: PhotoFilter; page: number } | null {
  const page = parseWrittenPageNumber(segments.page)
  const filter: PhotoFilter = {}
  for (const name of ['demo', 'topic'] as const) {
    const value = segments[name]
    if (value === ANY) continue
    if (!SLUG.test(value)) return null
    filter[name] = value
  }
  if (segments.year !== ANY) {
    const year = parseYear(segments.year)
    if (!year || String(year) !== segments.year) return null
    filter.year = year
  }
  return page === null ? null : { filter, page }
}
