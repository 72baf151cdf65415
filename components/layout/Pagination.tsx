import Link from 'next/link'

type Props = { basePath: string; page: number; totalPages: number }

/** Plain links (`/news?page=2`): they work without JavaScript and every page is cached on its own. */
export function Pagination({ basePath, page, totalPages }: Props) {
  if (totalPages <= 1) return null
  const href = (target: number) => (target === 1 ? basePath : `${basePath}?page=${target}`)
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
