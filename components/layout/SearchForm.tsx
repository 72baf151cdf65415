import { MAX_QUERY_LENGTH } from '@/lib/queries'

/** A plain GET form: search works without JavaScript. */
export function SearchForm({ query = '' }: { query?: string }) {
  return (
    <form className="search-form" action="/search" method="get" role="search">
      <label htmlFor="search-q">Search articles, demonstrations, topics and photos</label>
      <div className="search-form__row">
        <input id="search-q" name="q" type="search" defaultValue={query} maxLength={MAX_QUERY_LENGTH} />
        <button type="submit">Search</button>
      </div>
    </form>
  )
}
