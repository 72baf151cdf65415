import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { localizedPath } from '@/lib/urls/localizedPath'
import { MAX_QUERY_LENGTH } from '@/lib/queries'

/** A plain GET form: search works without JavaScript. */
export function SearchForm({ lang, query = '' }: { lang: LanguageCode; query?: string }) {
  const t = siteText(lang).search
  return (
    <form className="search-form" action={localizedPath(lang, '/search')} method="get" role="search">
      <label htmlFor="search-q">{t.label}</label>
      <div className="search-form__row">
        <input id="search-q" name="q" type="search" defaultValue={query} maxLength={MAX_QUERY_LENGTH} />
        <button type="submit">{t.button}</button>
      </div>
    </form>
  )
}
