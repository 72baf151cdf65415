import type { Metadata } from 'next'
import Link from 'next/link'

import { Pagination } from '@/components/layout/Pagination'
import { SearchFilters } from '@/components/search/SearchFilters'
import { SearchResultList } from '@/components/search/SearchResultList'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { getSearchOptions, parseSearchParams, SEARCH_RESULTS_PER_PAGE, type SearchRequest, type SearchResults, searchHref, searchSite } from '@/lib/queries'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseSearchParams(await searchParams).request
  return pageMetadata({ title: query.text ? `Search: ${query.text}` : 'Search', path: '/search', noIndex: true })
}

export default async function SearchPage({ searchParams }: Props) {
  const { request, notes } = parseSearchParams(await searchParams)
  const [results, options] = await Promise.all([searchSite(request), getSearchOptions()])
  const allNotes = [...notes, ...(results.status === 'searched' ? results.notes : [])]
  return (
    <>
      <h1>Search</h1>
      <SearchFilters request={request} options={options} />
      {allNotes.length > 0 && (
        <ul className="notice" aria-label="Filters left out">
          {allNotes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {request.query.text && <Results request={request} results={results} />}
    </>
  )
}

function Results({ request, results }: { request: SearchRequest; results: SearchResults }) {
  const query = request.query.text
  if (results.status === 'too-short') return <p>Type at least two letters to search.</p>
  if (results.status === 'no-query') return <p>“{query}” has no words to search for: try letters or numbers.</p>
  const { hits, total, page, totalPages } = results
  return (
    <section aria-labelledby="results">
      <h2 id="results">{total === 0 ? `Nothing found for “${query}”` : `${total} result${total === 1 ? '' : 's'} for “${query}”`}</h2>
      {total > 0 && hits.length === 0 && (
        <p>
          There is no page {page} of these results: they end on{' '}
          <Link href={searchHref({ ...request, page: totalPages })}>page {totalPages}</Link>.
        </p>
      )}
      <SearchResultList hits={hits} start={(page - 1) * SEARCH_RESULTS_PER_PAGE + 1} />
      <Pagination
        basePath="/search"
        page={Math.min(page, totalPages)}
        totalPages={totalPages}
        pageHref={(target) => searchHref({ ...request, page: target })}
        labels={{ previous: '← Previous', next: 'Next →' }}
      />
    </section>
  )
}
