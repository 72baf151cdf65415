import type { Payload, Where } from 'payload'

import { defaultLanguage, type LanguageCode } from '@/i18n/languages'
import type { Article } from '@/payload-types'

import { asVisitor, asVisitorIn } from '@/lib/queries/asVisitor'
import { translated } from '@/lib/queries/translations'

export const ARTICLES_PER_PAGE = 12


const listFields = {
  title: true,
  slug: true,
  standfirst: true,
  heroImage: true,
  publishedAt: true,
  byline: true,
  topics: true,
} as const

export type ArticleSummary = Pick<Article, 'id' | 'title' | 'slug' | 'standfirst' | 'heroImage' | 'publishedAt' | 'byline' | 'topics'>

export async function findArticlesPage(payload: Payload, lang: LanguageCode, page: number, where?: Where) {
  const result = await payload.find({
    collection: 'articles',
    ...asVisitorIn(lang),
    where,
    sort: '-publishedAt',
    limit: ARTICLES_PER_PAGE,
    page,
    depth: 1,
    select: listFields,
  })
  return { ...result, docs: result.docs as ArticleSummary[] }
}

export async function findLatestArticles(payload: Payload, lang: LanguageCode, limit: number) {
  const { docs } = await payload.find({
    collection: 'articles',
    ...asVisitorIn(lang),
    sort: '-publishedAt',
    limit,
    depth: 1,
    select: listFields,
  })
  return docs as ArticleSummary[]
}

export async function findArticleBySlug(payload: Payload, lang: LanguageCode, slug: string, { preview = false } = {}) {
  const { docs } = await payload.find({
    collection: 'articles',
    // A preview shows the newest draft; only the preview route (editors only) turns it on.
    ...(preview ? { draft: true, overrideAccess: true, locale: lang, fallbackLocale: defaultLanguage.code } : asVisitorIn(lang)),
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
  })
  return docs[0] ? translated(payload, 'articles', docs[0], lang, { preview }) : null
}

export async function findRecentArticleSlugs(payload: Payload, limit: number): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'articles',
    ...asVisitor,
    sort: '-publishedAt',
    limit,
    depth: 0,
    select: { slug: true },
  })
  return docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
}

export async function findArticlesAboutDemo(payload: Payload, lang: LanguageCode, demoReportId: number | string) {
  const { docs } = await payload.find({
    collection: 'articles',
    ...asVisitorIn(lang),
    where: { relatedDemoReports: { equals: demoReportId } },
    sort: '-publishedAt',
    limit: 10,
    depth: 1,
    select: listFields,
  })
  return docs as ArticleSummary[]
}
