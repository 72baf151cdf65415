import { parsePageNumber } from '@/lib/urls/pageNumber'

import { isSearchKindName, type SearchKindName } from '@/lib/search/kinds'
import { parseSearchQuery, type SearchQuery } from '@/lib/search/parseQuery'

/** A search as its address asks for it: `/search?q=&type=&topic=&year=&page=`. */
export type SearchRequest = { query: SearchQuery; kind?: SearchKindName; topic?: string; year?: number; page: number }

/** The parts of a search's address that narrow it, besides the words, in the order the page names them. */
export const SEARCH_FILTERS = ['type', 'topic', 'year', 'page'] as const
export type SearchFilterName = (typeof SEARCH_FILTERS)[number]

type Params = Record<string, string | string[] | undefined>

const SLUG = /^[a-z0-9-]{1,120}$/
const YEAR = /^\d{4}$/

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined

/**
 * The search a visitor asked for, and the filters it goes ahead without, because what they ask
 * for is not something we have (`leftOut`): the page says so in its own language, rather than the
 * search failing.
 */
export function parseSearchParams(params: Params): { request: SearchRequest; leftOut: SearchFilterName[] } {
  const leftOut: SearchFilterName[] = []
  const request: SearchRequest = { query: parseSearchQuery(params.q), page: 1 }
  const type = first(params.type)
  if (isSearchKindName(type)) request.kind = type
  else if (type) leftOut.push('type')
  const topic = first(params.topic)
  if (topic && SLUG.test(topic)) request.topic = topic
  else if (topic) leftOut.push('topic')
  const year = first(params.year)
  if (year && YEAR.test(year) && Number(year) >= 1900 && Number(year) <= 2200) request.year = Number(year)
  else if (year) leftOut.push('year')
  const page = first(params.page)
  const pageNumber = parsePageNumber(page)
  if (pageNumber) request.page = pageNumber
  else if (page) leftOut.push('page')
  return { request, leftOut }
}

/** The address of a search, written one way: what the form would send, page 1 left out. */
export function searchHref(request: Omit<SearchRequest, 'query'> & { query: { text: string } }): string {
  const params = new URLSearchParams({ q: request.query.text })
  if (request.kind) params.set('type', request.kind)
  if (request.topic) params.set('topic', request.topic)
  if (request.year) params.set('year', String(request.year))
  if (request.page > 1) params.set('page', String(request.page))
  return `/search?${params.toString()}`
}
