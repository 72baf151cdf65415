import type { Payload } from 'payload'

import { findSearchResults } from '@/lib/queries/search'
import { parseSearchParams } from '@/lib/search/params'
import { rebuildSearchIndex } from '@/lib/search/upkeep'

/** From a word few documents hold to one every sample holds, a phrase, filters and a deep page. */
const QUERIES: Record<string, string>[] = [
  { q: 'occupation' },
  { q: 'ceasefire gaza' },
  { q: '"why we carry"' },
  { q: 'synthetic' },
  { q: 'sample', type: 'photo', page: '100' },
  { q: 'sample photo 4242' },
]

export type SearchQueryFigures = { rebuildSeconds: number; queries: { query: string; matches: number; p50: number; p99: number }[] }

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]

/**
 * How long the index takes to rebuild (`npm run search:rebuild`), and a search without any cache in
 * front: the index query, the count and the snippets of one page of results, as the search page asks
 * for them, in this process (no rendering).
 */
export async function searchQueryMs(payload: Payload, runs = 50): Promise<SearchQueryFigures> {
  const started = Date.now()
  await rebuildSearchIndex(payload)
  const rebuildSeconds = (Date.now() - started) / 1000
  const figures: SearchQueryFigures['queries'] = []
  for (const params of QUERIES) {
    const { request } = parseSearchParams(params)
    const first = await findSearchResults(payload, 'en', request)
    const times: number[] = []
    for (let run = 0; run < runs; run++) {
      const started = performance.now()
      await findSearchResults(payload, 'en', request)
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    figures.push({
      query: new URLSearchParams(params).toString(),
      matches: first.status === 'searched' ? first.total : 0,
      p50: Math.round(percentile(times, 0.5) * 10) / 10,
      p99: Math.round(percentile(times, 0.99) * 10) / 10,
    })
  }
  return { rebuildSeconds, queries: figures }
}
