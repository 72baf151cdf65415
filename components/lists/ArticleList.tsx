import { notFound } from 'next/navigation'

import { ArticleCard } from '@/components/cards/ArticleCard'
import { Pagination } from '@/components/layout/Pagination'
import { getArticlesPage } from '@/lib/queries'

/** One page of /news; a page past the end is a 404, not an empty list. */
export async function ArticleList({ page }: { page: number }) {
  const result = await getArticlesPage(page)
  if (page > 1 && page > result.totalPages) notFound()
  return (
    <>
      <h1>News{page > 1 && <span className="page-of"> — page {page}</span>}</h1>
      {result.docs.length === 0 ? (
        <p>Nothing published yet.</p>
      ) : (
        <div className="card-grid">
          {result.docs.map((article, index) => (
            <ArticleCard key={article.id} article={article} headingLevel={2} priority={index === 0} />
          ))}
        </div>
      )}
      <Pagination basePath="/news" page={page} totalPages={result.totalPages} />
    </>
  )
}
