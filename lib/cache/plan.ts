import { EVERY_PAGE_TAG } from '@/lib/cache/sharedNextCache'
import { feedPaths } from '@/lib/feeds/feedFiles'
import { cacheTags } from '@/lib/cache/tags'
import { languageCodes } from '@/i18n/languages'
import { localizedPath, routePath } from '@/lib/urls/localizedPath'
import { removalFormPath } from '@/lib/urls/photoLinks'
import { articlePath, CALENDAR_PATH, demoReportPath, eventCalendarPath, meetingPath, topicPath } from '@/lib/urls/paths'

/** What a hook reports: the kind of thing that changed, and which of them. */
/** What organisers publish, each with a page of its own, lists and feeds. */
export type PublishedKind = 'articles' | 'demo-reports' | 'meetings'

export type Change =
  | { kind: PublishedKind; docs: { slug: string; topics: string[] }[] }
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

/**
 * Where each kind shows besides its own page, the home page, its list and its topics. Events (upcoming
 * demonstrations and meetings) are in the calendars too, and the next meeting is on /join.
 */
const PUBLISHED = {
  articles: { listTag: cacheTags.articles, docTag: cacheTags.article, path: articlePath, list: '/news', alsoShownOn: () => [] },
  'demo-reports': {
    listTag: cacheTags.demoReports,
    docTag: cacheTags.demoReport,
    path: demoReportPath,
    list: '/demos',
    alsoShownOn: (slugs: string[]) => [CALENDAR_PATH, ...slugs.map((slug) => eventCalendarPath(demoReportPath(slug)))],
  },
  meetings: {
    listTag: cacheTags.meetings,
    docTag: cacheTags.meeting,
    path: meetingPath,
    list: '/meetings',
    alsoShownOn: (slugs: string[]) => ['/join', CALENDAR_PATH, ...slugs.map((slug) => eventCalendarPath(meetingPath(slug)))],
  },
} satisfies Record<PublishedKind, { listTag: string; docTag: (slug: string) => string; path: (slug: string) => string; list: string; alsoShownOn: (slugs: string[]) => string[] }>

const mediaFile = (filename: string) => `/api/media/file/${encodeURIComponent(filename)}`

export function planFor(change: Change): ExpiryPlan {
  const plan = planInEnglish(change)
  return { tags: plan.tags, addresses: inEveryLanguage(plan.addresses) }
}

function planInEnglish(change: Change): ExpiryPlan {
  switch (change.kind) {
    case 'articles':
    case 'demo-reports':
    case 'meetings': {
      const { listTag, docTag, path, list, alsoShownOn } = PUBLISHED[change.kind]
      const slugs = change.docs.map((doc) => doc.slug)
      return {
        tags: [listTag, ...slugs.map(docTag)],
        // The index of topics counts what is published under each.
        addresses: [
          ...slugs.map(path),
          '/',
          list,
          `${list}/page/[page]`,
          '/topics',
          ...alsoShownOn(slugs),
          ...topicAddresses(change.docs.flatMap((doc) => doc.topics)),
          ...FEEDS,
        ],
      }
    }
    case 'photos':
      // A photo can appear on any page (a hero image, a gallery): its tag reaches them all.
      return {
        tags: [cacheTags.media],
        addresses: ['/', '/photos', '/photos/banner', ...change.ids.flatMap((id) => [`/photos/${id}`, removalFormPath(id)]), ...change.files.map(mediaFile), ...FEEDS],
      }
    case 'topics':
      return { tags: [cacheTags.topics], addresses: [...topicAddresses(change.slugs), '/topics', EVERY_KEPT_PAGE] }
    case 'site-settings':
      return { tags: [cacheTags.siteSettings], addresses: [EVERY_KEPT_PAGE] }
    case 'everything':
      return { tags: [EVERY_PAGE_TAG], addresses: [EVERY_KEPT_PAGE] }
  }
}
