import { FilterChoice } from '@/components/layout/FilterChoice'
import { MAX_QUERY_LENGTH, type SearchRequest } from '@/lib/queries'

type Option = { value: string; text: string }

/**
 * The search page's form: a plain GET to `/search`, so searching and narrowing work without
 * JavaScript and each search has its own address. Changing a filter starts again at page 1.
 */
export function SearchFilters({ request, options }: { request: SearchRequest; options: { kinds: Option[]; topics: Option[]; years: Option[] } }) {
  return (
    <form className="search-form" action="/search" method="get" role="search">
      <label htmlFor="search-q">Search articles, demonstrations, topics and photos</label>
      <div className="search-form__row">
        <input id="search-q" name="q" type="search" defaultValue={request.query.text} maxLength={MAX_QUERY_LENGTH} aria-describedby="search-q-hint" />
        <button type="submit">Search</button>
      </div>
      <small id="search-q-hint" className="filters__hint">
        Put words in quotes to find them together, as in “ceasefire now”.
      </small>
      <div className="filters">
        <FilterChoice name="type" label="Type" current={request.kind} options={options.kinds} />
        <FilterChoice name="topic" label="Topic" current={request.topic} options={options.topics} />
        <FilterChoice name="year" label="Year" current={request.year ? String(request.year) : undefined} options={options.years} />
      </div>
    </form>
  )
}
