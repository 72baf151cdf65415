import type { Metadata } from 'next'
import { draftMode } from 'next/headers'

import { ArticleView } from '@/components/article/ArticleView'
import { PageNotFound } from '@/components/layout/PageNotFound'
import { JsonLd } from '@/components/seo/JsonLd'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { env } from '@/lib/startup/env'
import { newsArticleJsonLd } from '@/lib/metadata/jsonLd'
import { notFoundMetadata } from '@/lib/metadata/notFoundMetadata'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { articlePath } from '@/lib/urls/paths'
import { getArticle, getArticlePreview, getRecentArticleSlugs, getSiteSettings } from '@/lib/queries'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

/** The newest articles are built with the site; older ones on their first visit, then cached. */
export async function generateStaticParams() {
  return (await getRecentArticleSlugs(20)).map((slug) => ({ slug }))
}

type Props = { params: Promise<LanguageParams & { slug: string }> }

async function load(params: Props['params']) {
  const [{ code }, { slug }, { isEnabled }] = await Promise.all([pageLanguage(params), params, draftMode()])
  return isEnabled ? getArticlePreview(slug, code) : getArticle(slug, code)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [article, { code }] = await Promise.all([load(params), pageLanguage(params)])
  if (!article) return notFoundMetadata(code)
  return pageMetadata({
    lang: code,
    languages: article.languages,
    shownIn: article.lang,
    title: article.meta?.title || article.title,
    description: article.meta?.description || article.standfirst,
    path: articlePath(article.slug ?? ''),
    image: article.meta?.image || article.heroImage,
    type: 'article',
    publishedTime: article.publishedAt,
    modifiedTime: article.updatedAt,
  })
}

export default async function ArticlePage({ params }: Props) {
  const [article, { code }] = await Promise.all([load(params), pageLanguage(params)])
  if (!article) return <PageNotFound />
  const settings = await getSiteSettings(code)
  return (
    <>
      <JsonLd data={newsArticleJsonLd(article, { siteName: settings.siteName, siteURL: env().serverURL })} />
      <ArticleView article={article} lang={code} />
    </>
  )
}
