import { EVERY_PAGE_TAG } from '@/lib/cache/sharedNextCache'
import { feedPaths } from '@/lib/feeds/feedFiles'
import { cacheTags } from '@/lib/cache/tags'
import { languageCodes } from '@/i18n/languages'
import { localizedPath, routePath } from '@/lib/urls/localizedPath'
import { articlePath, demoReportPath, topicPath } from '@/lib/urls/paths'

/** What a hook reports: the kind of thing that changed, and which of them. */
export type Change =
  | { kind: 'articles' | 'demo-reports'; docs: { slug: string; topics: string[] }[] }
  | { kind: 'photos'; ids: (number | string)[]; files: string[] }
  | { kind: 'topics'; slugs: string[] }
  | { kind: 'site-settings' }
  | { kind: 'everything' }

/**
 * What a change expires: the cached queries (tags) and every address that shows it, in every
 * language (a translation shows in its own language, and in every other one's hreflang links).
 * An address with `[…]` is a route pattern and stands for every page built from it. The exact addresses are the
 * ones a proxy may keep (see proxyKeeps.ts). A change that shows on every page (the site's name, a
 * topic's name on each article tagged with it) names `EVERY_KEPT_PAGE` instead of listing them.
 */
export type ExpiryPlan = { tags: string[]; addresses: string[] }

/** Stands for every page a proxy may keep: the purge looks them up (lib/queries/pagesProxiesMayKeep.ts). */
export const EVERY_KEPT_PAGE = '*'

const topicAddresses = (slugs: string[]) => slugs.flatMap((slug) => [topicPath(slug), ...feedPaths(topicPath(slug))])

/** The site's feeds in every format, and the sitemap. */
const FEEDS = [...feedPaths('/'), '/sitemap.xml']

/** Each page address in every language; the API's files and the sitemap have one address for all. */
function inEveryLanguage(addresses: string[]): string[] {
  return addresses.flatMap((address) =>
    address === EVERY_KEPT_PAGE || address.includes('[') || routePath(address) === address
      ? [address]
      : languageCodes.map((lang) => localizedPath(lang, address)),
  )
}

const mediaFile = (filename: string) => `/api/media/file/${encodeURIComponent(filename)}`

export function planFor(change: Change): ExpiryPlan {
  const plan = planInEnglish(change)
  return { tags: plan.tags, addresses: inEveryLanguage(plan.addresses) }
}

function planInEnglish(change: Change): ExpiryPlan {
  switch (change.kind) {
    case 'articles':
    case 'demo-reports': {
      const [listTag, docTag, path, list] =
        change.kind === 'articles'
          ? [cacheTags.articles, cacheTags.article, articlePath, '/news']
          : [cacheTags.demoReports, cacheTags.demoReport, demoReportPath, '/demos']
      const slugs = change.docs.map((doc) => doc.slug)
      return {
        tags: [listTag, ...slugs.map(docTag)],
        // The index of topics counts what is published under each.
        addresses: [...slugs.map(path), '/', list, `${list}/page/[page]`, '/topics', ...topicAddresses(change.docs.flatMap((doc) => doc.topics)), ...FEEDS],
      }
    }
    case 'photos':
      // A photo can appear on any page (a hero image, a gallery): its tag reaches them all.
      return {
        tags: [cacheTags.media],
        addresses: ['/', '/photos', '/photos/banner', ...change.ids.map((id) => `/photos/${id}`), ...change.files.map(mediaFile), ...FEEDS],
      }
    case 'topics':
      return { tags: [cacheTags.topics], addresses: [...topicAddresses(change.slugs), '/topics', EVERY_KEPT_PAGE] }
    case 'site-settings':
      return { tags: [cacheTags.siteSettings], addresses: [EVERY_KEPT_PAGE] }
    case 'everything':
      return { tags: [EVERY_PAGE_TAG], addresses: [EVERY_KEPT_PAGE] }
  }
}
