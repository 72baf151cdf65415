import type { Metadata } from 'next'
import Link from 'next/link'

import { SearchForm } from '@/components/layout/SearchForm'
import { formatDate, isoDate } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { articlePath, demoReportPath } from '@/lib/paths'
import { searchSite } from '@/lib/queries'
import { normaliseQuery } from '@/lib/queries/search'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = normaliseQuery((await searchParams).q)
  return pageMetadata({ title: query ? `Search: ${query}` : 'Search', path: '/search', noIndex: true })
}

export default async function SearchPage({ searchParams }: Props) {
  const query = normaliseQuery((await searchParams).q)
  const hits = await searchSite(query)
  return (
    <>
      <h1>Search</h1>
      <SearchForm query={query} />
      {query && (
        <section aria-labelledby="results" aria-live="polite">
          <h2 id="results">
            {hits.length === 0 ? `Nothing found for “${query}”` : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”`}
          </h2>
          <ol className="results">
            {hits.map((hit) => (
              <li key={`${hit.kind}:${hit.slug}`}>
                <p className="meta">
                  {hit.kind === 'article' ? 'Article' : 'Demonstration'} ·{' '}
                  <time dateTime={isoDate(hit.date)}>{formatDate(hit.date)}</time>
                </p>
                <h3>
                  <Link href={hit.kind === 'article' ? articlePath(hit.slug) : demoReportPath(hit.slug)}>{hit.title}</Link>
                </h3>
                {hit.summary && <p>{hit.summary}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  )
}
