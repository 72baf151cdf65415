import Link from 'next/link'

import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { formatDate, isoDate } from '@/lib/text/format'
import type { SearchHit } from '@/lib/queries'

import { HighlightedText } from '@/components/search/HighlightedText'

export function SearchResultList({ hits, start, lang }: { hits: SearchHit[]; start: number; lang: LanguageCode }) {
  const kinds = siteText(lang).search.kinds
  // A result not translated into the page's language shows its English words, marked as such.
  const textLanguage = (hit: SearchHit) => (hit.lang === lang ? undefined : hit.lang)
  return (
    <ol className="results" start={start}>
      {hits.map((hit) => (
        <li key={hit.url}>
          <p className="meta">
            {kinds[hit.kind].result}
            {hit.date && (
              <>
                {' · '}
                <time dateTime={isoDate(hit.date)}>{formatDate(hit.date, lang)}</time>
              </>
            )}
          </p>
          <h3 lang={textLanguage(hit)}>
            <Link href={hit.url}>
              <HighlightedText text={hit.title} />
            </Link>
          </h3>
          {hit.snippet.length > 0 && (
            <p lang={textLanguage(hit)}>
              <HighlightedText text={hit.snippet} />
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
