import Link from 'next/link'

import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { formatDate, isoDate } from '@/lib/text/format'
import { localizedPath } from '@/lib/urls/localizedPath'
import type { SearchHit } from '@/lib/queries'

import { HighlightedText } from '@/components/search/HighlightedText'

export function SearchResultList({ hits, start, lang }: { hits: SearchHit[]; start: number; lang: LanguageCode }) {
  const kinds = siteText(lang).search.kinds
  return (
    <ol className="results" start={start}>
      {hits.map((hit) => (
        <li key={hit.href}>
          <p className="meta">
            {kinds[hit.kind].result}
            {hit.date && (
              <>
                {' · '}
                <time dateTime={isoDate(hit.date)}>{formatDate(hit.date, lang)}</time>
              </>
            )}
          </p>
          <h3>
            <Link href={localizedPath(lang, hit.href)}>
              <HighlightedText text={hit.title} />
            </Link>
          </h3>
          {hit.snippet.length > 0 && (
            <p>
              <HighlightedText text={hit.snippet} />
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
