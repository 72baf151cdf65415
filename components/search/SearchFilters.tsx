import { FilterChoice } from '@/components/layout/FilterChoice'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { localizedPath } from '@/lib/urls/localizedPath'
import type { SearchKindName } from '@/lib/search/kinds'
import { MAX_QUERY_LENGTH, type SearchRequest } from '@/lib/queries'

type Option = { value: string; text: string }

type Props = {
  request: SearchRequest
  options: { kinds: { value: SearchKindName }[]; topics: Option[]; years: Option[] }
  lang: LanguageCode
}

/**
 * The search page's form: a plain GET to `/search`, so searching and narrowing work without
 * JavaScript and each search has its own address. Changing a filter starts again at page 1.
 */
export function SearchFilters({ request, options, lang }: Props) {
  const t = siteText(lang)
  const kinds = options.kinds.map(({ value }) => ({ value, text: t.search.kinds[value].filter }))
  return (
    <form className="search-form" action={localizedPath(lang, '/search')} method="get" role="search">
      <label htmlFor="search-q">{t.search.label}</label>
      <div className="search-form__row">
        <input id="search-q" name="q" type="search" defaultValue={request.query.text} maxLength={MAX_QUERY_LENGTH} aria-describedby="search-q-hint" />
        <button type="submit">{t.search.button}</button>
      </div>
      <small id="search-q-hint" className="filters__hint">
        {t.search.hint}
      </small>
      <div className="filters">
        <FilterChoice name="type" label={t.search.type} all={t.filters.all} current={request.kind} options={kinds} />
        <FilterChoice name="topic" label={t.search.topic} all={t.filters.all} current={request.topic} options={options.topics} />
        <FilterChoice
          name="year"
          label={t.search.year}
          all={t.filters.all}
          current={request.year ? String(request.year) : undefined}
          options={options.years}
        />
      </div>
    </form>
  )
}
