import type { Metadata } from 'next'
import Link from 'next/link'

import type { LanguageCode } from '@/i18n/languages'

import { Pagination } from '@/components/layout/Pagination'
import { SearchFilters } from '@/components/search/SearchFilters'
import { SearchNotes } from '@/components/search/SearchNotes'
import { SearchResultList } from '@/components/search/SearchResultList'
import { fill } from '@/i18n/fill'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { pluralText } from '@/i18n/plural'
import { siteText } from '@/i18n/siteText'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { localizedPath } from '@/lib/urls/localizedPath'
import { getSearchOptions, parseSearchParams, SEARCH_RESULTS_PER_PAGE, type SearchRequest, type SearchResults, searchHref, searchSite } from '@/lib/queries'

type Props = { params: Promise<LanguageParams>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { code } = await pageLanguage(params)
  const t = siteText(code).search
  const { query } = parseSearchParams(await searchParams).request
  return pageMetadata({ lang: code, title: query.text ? fill(t.titleWithQuery, { query: query.text }) : t.title, path: '/search', noIndex: true })
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { code } = await pageLanguage(params)
  const { request, leftOut } = parseSearchParams(await searchParams)
  const [results, options] = await Promise.all([searchSite(request, code), getSearchOptions(code)])
  return (
    <>
      <h1>{siteText(code).search.title}</h1>
      <SearchFilters lang={code} request={request} options={options} />
      <SearchNotes lang={code} leftOut={leftOut} request={request} knownTopics={options.topics.map((topic) => topic.value)} />
      {request.query.text && <Results lang={code} request={request} results={results} />}
    </>
  )
}

function Results({ lang, request, results }: { lang: LanguageCode; request: SearchRequest; results: SearchResults }) {
  const t = siteText(lang)
  const query = request.query.text
  if (results.status === 'too-short') return <p>{t.search.tooShort}</p>
  if (results.status === 'no-query') return <p>{fill(t.search.noWords, { query })}</p>
  const { hits, total, page, totalPages } = results
  return (
    <section aria-labelledby="results">
      <h2 id="results">{total === 0 ? fill(t.search.nothingFound, { query }) : pluralText(lang, t.search.results, total, { query })}</h2>
      {total > 0 && hits.length === 0 && (
        <p>
          {fill(t.search.pastEnd, { page })}{' '}
          <Link href={localizedPath(lang, searchHref({ ...request, page: totalPages }))}>{fill(t.search.pastEndLink, { page: totalPages })}</Link>.
        </p>
      )}
      <SearchResultList lang={lang} hits={hits} start={(page - 1) * SEARCH_RESULTS_PER_PAGE + 1} />
      <Pagination
        lang={lang}
        basePath={localizedPath(lang, '/search')}
        page={Math.min(page, totalPages)}
        totalPages={totalPages}
        pageHref={(target) => localizedPath(lang, searchHref({ ...request, page: target }))}
        labels={{ previous: t.pagination.previous, next: t.pagination.next }}
      />
    </section>
  )
}
