import type { Payload } from 'payload'

import { languageCodes } from '@/i18n/languages'
import { feedPaths } from '@/lib/feeds/feedFiles'
import { localizedPath } from '@/lib/urls/localizedPath'
import { articlePath, demoReportPath, topicPath } from '@/lib/urls/paths'

import { asVisitor } from '@/lib/queries/asVisitor'

/** The pages that exist whatever the content, as lib/cache/proxyKeeps.ts lets a proxy keep them. */
const FIXED_PAGES = ['/', '/news', '/demos', '/photos', '/photos/banner', '/topics', '/about', '/join', ...feedPaths('/'), '/sitemap.xml']

/**
 * Every public page a proxy in front may be keeping, for a change that shows on all of them (the
 * site's name and tagline are in every page's header). A proxy that never held one answers 404.
 */
export async function findPagesProxiesMayKeep(payload: Payload): Promise<string[]> {
  const every = { ...asVisitor, depth: 0, pagination: false } as const
  const [articles, demoReports, topics, photos] = await Promise.all([
    payload.find({ collection: 'articles', ...every, select: { slug: true } }),
    payload.find({ collection: 'demo-reports', ...every, select: { slug: true } }),
    payload.find({ collection: 'topics', ...every, select: { slug: true } }),
    payload.find({ collection: 'media', ...every, where: { visibility: { equals: 'public' } }, select: { visibility: true } }),
  ])
  const slugs = (docs: { slug?: string | null }[]) => docs.flatMap((doc) => (doc.slug ? [doc.slug] : []))
  const pages = [
    ...FIXED_PAGES,
    ...slugs(articles.docs).map(articlePath),
    ...slugs(demoReports.docs).map(demoReportPath),
    ...slugs(topics.docs).flatMap((slug) => [topicPath(slug), ...feedPaths(topicPath(slug))]),
    ...photos.docs.map((photo) => `/photos/${photo.id}`),
  ]
  return pages.flatMap((page) => (page === '/sitemap.xml' ? [page] : languageCodes.map((lang) => localizedPath(lang, page))))
}
