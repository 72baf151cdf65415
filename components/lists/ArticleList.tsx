import { ArticleCard } from '@/components/cards/ArticleCard'
import { PageNotFound } from '@/components/layout/PageNotFound'
import { Pagination } from '@/components/layout/Pagination'
import { fill } from '@/i18n/fill'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { localizedPath } from '@/lib/urls/localizedPath'
import { getArticlesPage } from '@/lib/queries'

/** One page of /news; a page past the end is a 404, not an empty list. */
export async function ArticleList({ page, lang }: { page: number; lang: LanguageCode }) {
  const t = siteText(lang)
  const result = await getArticlesPage(page, lang)
  if (page > 1 && page > result.totalPages) return <PageNotFound />
  return (
    <>
      <h1>
        {t.news.title}
        {page > 1 && <span className="page-of"> {fill(t.pagination.pageSuffix, { page })}</span>}
      </h1>
      {result.docs.length === 0 ? (
        <p>{t.news.empty}</p>
      ) : (
        <div className="card-grid">
          {result.docs.map((article, index) => (
            <ArticleCard key={article.id} lang={lang} article={article} headingLevel={2} priority={index === 0} />
          ))}
        </div>
      )}
      <Pagination lang={lang} basePath={localizedPath(lang, '/news')} page={page} totalPages={result.totalPages} />
    </>
  )
}
