import Link from 'next/link'

import { formatDate, isoDate } from '@/lib/text/format'
import type { SearchHit } from '@/lib/queries'

import { HighlightedText } from '@/components/search/HighlightedText'

export function SearchResultList({ hits, start }: { hits: SearchHit[]; start: number }) {
  return (
    <ol className="results" start={start}>
      {hits.map((hit) => (
        <li key={hit.href}>
          <p className="meta">
            {hit.label}
            {hit.date && (
              <>
                {' · '}
                <time dateTime={isoDate(hit.date)}>{formatDate(hit.date)}</time>
              </>
            )}
          </p>
          <h3>
            <Link href={hit.href}>
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
