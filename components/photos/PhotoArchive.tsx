import Link from 'next/link'
import { notFound } from 'next/navigation'

import { filterQuery, getPhotoFilterOptions, getPhotosPage, type PhotoFilter } from '@/lib/queries'

import { PhotoFilters } from '@/components/photos/PhotoFilters'
import { PhotoGrid } from '@/components/photos/PhotoGrid'

/** One page of the archive for one filter; an unknown demo or topic, or a page past the end, is a 404. */
export async function PhotoArchive({ filter, page }: { filter: PhotoFilter; page: number }) {
  const [result, options] = await Promise.all([getPhotosPage(filter, page), getPhotoFilterOptions()])
  if (!result || (page > 1 && page > result.totalPages)) notFound()
  return (
    <>
      <h1>Photo archive</h1>
      <p className="standfirst">
        Our banner and the people who marched with it. <Link href="/photos/banner">Follow the banner’s journey</Link>.
      </p>
      <PhotoFilters filter={filter} options={options} />
      {result.docs.length === 0 ? <p>No photos here yet.</p> : <PhotoGrid photos={result.docs} filter={filter} />}
      {result.totalPages > 1 && (
        <nav className="pagination" aria-label="Pages">
          {result.hasPrevPage ? <Link href={`/photos${filterQuery(filter, page - 1)}`} rel="prev">← Newer</Link> : <span />}
          <span>
            Page {page} of {result.totalPages}
          </span>
          {result.hasNextPage ? <Link href={`/photos${filterQuery(filter, page + 1)}`} rel="next">Older →</Link> : <span />}
        </nav>
      )}
    </>
  )
}
