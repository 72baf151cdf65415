import { parsePageNumber } from '@/lib/urls/pageNumber'

import { isSearchKindName, type SearchKindName } from '@/lib/search/kinds'
import { parseSearchQuery, type SearchQuery } from '@/lib/search/parseQuery'

/** A search as its address asks for it: `/search?q=&type=&topic=&year=&page=`. */
export type SearchRequest = { query: SearchQuery; kind?: SearchKindName; topic?: string; year?: number; page: number }

type Params = Record<string, string | string[] | undefined>

const SLUG = /^[a-z0-9-]{1,120}$/
const YEAR = /^\d{4}$/
/** How much of a value that is not understood is shown back in the note that says so. */
const ECHOED = 40

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined
const echo = (value: string) => (value.length > ECHOED ? `${value.slice(0, ECHOED)}…` : value)

/**
 * The search a visitor asked for, and a note for each filter that is not one we have: the search
 * goes ahead without it rather than failing, and the page says what was left out.
 */
export function parseSearchParams(params: Params): { request: SearchRequest; notes: string[] } {
  const notes: string[] = []
  const request: SearchRequest = { query: parseSearchQuery(params.q), page: 1 }
  const type = first(params.type)
  if (isSearchKindName(type)) request.kind = type
  else if (type) notes.push(`There are no results of the type “${echo(type)}”, so results of every type are shown.`)
  const topic = first(params.topic)
  if (topic && SLUG.test(topic)) request.topic = topic
  else if (topic) notes.push(`“${echo(topic)}” is not a topic, so results about every topic are shown.`)
  const year = first(params.year)
  if (year && YEAR.test(year) && Number(year) >= 1900 && Number(year) <= 2200) request.year = Number(year)
  else if (year) notes.push(`“${echo(year)}” is not a year, so results from every year are shown.`)
  const page = first(params.page)
  const pageNumber = parsePageNumber(page)
  if (pageNumber) request.page = pageNumber
  else if (page) notes.push(`“${echo(page)}” is not a page number, so the first page is shown.`)
  return { request, notes }
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
