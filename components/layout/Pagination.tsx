import Link from 'next/link'

import { fill } from '@/i18n/fill'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'

import { Arrow } from '@/components/layout/Arrow'

type Props = {
  lang: LanguageCode
  /** The list's first page, already in the page's language (`/uk/news`). */
  basePath: string
  page: number
  totalPages: number
  /** The address of a page, when it carries more than the page number (a search's query and filters). */
  pageHref?: (page: number) => string
  /** Lists run newest first, so "newer" and "older" unless a list is ordered otherwise (search results). */
  labels?: { previous: string; next: string }
}

/** Plain links (`/news?page=2`): they work without JavaScript and every page is cached on its own. */
export function Pagination({ lang, basePath, page, totalPages, pageHref, labels }: Props) {
  if (totalPages <= 1) return null
  const t = siteText(lang).pagination
  const { previous, next } = labels ?? { previous: t.newer, next: t.older }
  const href = pageHref ?? ((target: number) => (target === 1 ? basePath : `${basePath}?page=${target}`))
  return (
    <nav className="pagination" aria-label={t.label}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          <Arrow to="back" /> {previous}
        </Link>
      ) : (
        <span />
      )}
      <span>{fill(t.pageOf, { page, total: totalPages })}</span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          {next} <Arrow to="onward" />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
