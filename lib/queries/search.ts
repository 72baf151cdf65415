import type { Payload } from 'payload'

import { asVisitor } from './articles'

export const SEARCH_RESULTS_PER_PAGE = 20
/** Longer queries are cut: nobody types more, and a 10,000-character LIKE pattern is a denial of service. */
export const MAX_QUERY_LENGTH = 100

export type SearchHit = {
  kind: 'article' | 'demo-report'
  title: string
  slug: string
  summary: string
  date: string
}

export function normaliseQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw
  return (value ?? '')
    .replace(/[\u0000-\u001f\u007f%_\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
}

/** Published articles and demo reports whose words contain every word of the query, newest first. */
export async function searchPublished(payload: Payload, query: string): Promise<SearchHit[]> {
  if (!query) return []
  const where = { searchText: { like: query } }
  const [articles, demos] = await Promise.all([
    payload.find({
      collection: 'articles',
      ...asVisitor,
      where,
      sort: '-publishedAt',
      limit: SEARCH_RESULTS_PER_PAGE,
      depth: 0,
      select: { title: true, slug: true, standfirst: true, publishedAt: true },
    }),
    payload.find({
      collection: 'demo-reports',
      ...asVisitor,
      where,
      sort: '-date',
      limit: SEARCH_RESULTS_PER_PAGE,
      depth: 0,
      select: { title: true, slug: true, cause: true, date: true },
    }),
  ])
  const hits: SearchHit[] = [
    ...articles.docs.map((doc) => ({
      kind: 'article' as const,
      title: doc.title,
      slug: doc.slug ?? '',
      summary: doc.standfirst ?? '',
      date: doc.publishedAt ?? '',
    })),
    ...demos.docs.map((doc) => ({
      kind: 'demo-report' as const,
      title: doc.title,
      slug: doc.slug ?? '',
      summary: doc.cause ?? '',
      date: doc.date,
    })),
  ]
  return hits.sort((a, b) => b.date.localeCompare(a.date)).slice(0, SEARCH_RESULTS_PER_PAGE)
}
