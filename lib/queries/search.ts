import type { Payload } from 'payload'

import { type LanguageCode, languageOf } from '@/i18n/languages'
import { type SearchKindName, pathOf, SEARCH_KIND_NAMES } from '@/lib/search/kinds'
import type { SearchRequest } from '@/lib/search/params'
import { isTooShort } from '@/lib/search/parseQuery'
import { searchStoreOf } from '@/lib/search/searchStore'
import { type Highlighted, highlight, snippet } from '@/lib/search/snippet'
import { localizedPath } from '@/lib/urls/localizedPath'

import { asVisitorIn } from '@/lib/queries/asVisitor'

export const SEARCH_RESULTS_PER_PAGE = 20

export type SearchHit = {
  kind: SearchKindName
  /** The result's page in the visitor's language, which says so when it shows another language's text. */
  url: string
  /** The language the title and snippet are in: not the visitor's when the document is not translated into it. */
  lang: LanguageCode
  title: Highlighted
  snippet: Highlighted
  date: string | null
}

export type SearchResults =
  /** Nothing to search for: no query, a query of one letter, or one with no word in it. */
  | { status: 'no-query' }
  | { status: 'too-short' }
  | { status: 'searched'; hits: SearchHit[]; total: number; page: number; totalPages: number }

/**
 * One page of results for a visitor's search in `lang`, each document once: results in `lang` first,
 * then documents found in another language only (by their English text first). Within each, title
 * matches first, then by relevance; each with its matched words marked in the title and in a
 * snippet of its text. Only what visitors can see is in the index (see lib/search/upkeep.ts), so
 * nothing here filters drafts again.
 */
export async function findSearchResults(payload: Payload, lang: LanguageCode, request: SearchRequest): Promise<SearchResults> {
  const { query } = request
  if (query.parts.length === 0) return { status: 'no-query' }
  if (isTooShort(query)) return { status: 'too-short' }
  let topicId: string | undefined
  // A topic we do not have narrows nothing: the page says so (components/search/SearchNotes.tsx).
  if (request.topic) {
    const { docs } = await payload.find({ collection: 'topics', ...asVisitorIn(lang), where: { slug: { equals: request.topic } }, limit: 1, depth: 0, select: { slug: true } })
    if (docs[0]) topicId = String(docs[0].id)
  }
  const { total, hits } = await searchStoreOf(payload).search(
    query,
    { kind: request.kind, topicId, year: request.year },
    lang,
    { limit: SEARCH_RESULTS_PER_PAGE, offset: (request.page - 1) * SEARCH_RESULTS_PER_PAGE },
  )
  return {
    status: 'searched',
    total,
    page: request.page,
    totalPages: Math.ceil(total / SEARCH_RESULTS_PER_PAGE),
    hits: hits.map((hit) => ({
      kind: hit.kind,
      url: localizedPath(lang, pathOf(hit)),
      lang: hit.language,
      title: highlight(hit.title, query),
      snippet: snippet(hit.text, query, hit.textTerms),
      date: hit.date,
    })),
  }
}

/**
 * What the search form offers to narrow by: the kinds of result, the topics by their names in `lang`
 * (English where a topic is not translated), and the years with results.
 */
export async function findSearchOptions(payload: Payload, lang: LanguageCode) {
  const [topics, years] = await Promise.all([
    payload.find({ collection: 'topics', ...asVisitorIn(lang), limit: 100, depth: 0, select: { slug: true, name: true } }),
    searchStoreOf(payload).years(),
  ])
  // Sorted here, as read: the database sorts by the name in `lang` alone, which untranslated topics lack.
  const byName = new Intl.Collator(languageOf(lang)?.locale).compare
  return {
    kinds: SEARCH_KIND_NAMES.map((kind) => ({ value: kind })),
    topics: topics.docs.flatMap((topic) => (topic.slug ? [{ value: topic.slug, text: topic.name }] : [])).sort((a, b) => byName(a.text, b.text)),
    years: years.map((year) => ({ value: String(year), text: String(year) })),
  }
}
