import Link from 'next/link'

type Props = {
  basePath: string
  page: number
  totalPages: number
  /** The address of a page, when it carries more than the page number (a search's query and filters). */
  pageHref?: (page: number) => string
  labels?: { previous: string; next: string }
}

/** Plain links (`/news?page=2`): they work without JavaScript and every page is cached on its own. */
export function Pagination({ basePath, page, totalPages, pageHref, labels = { previous: '← Newer', next: 'Older →' } }: Props) {
  if (totalPages <= 1) return null
  const href = pageHref ?? ((target: number) => (target === 1 ? basePath : `${basePath}?page=${target}`))
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
