import type { Payload, Where } from 'payload'

import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import type { Media } from '@/payload-types'

import { cacheTags } from '@/lib/cache/tags'
import { timeZoneOr } from '@/fields/timeZone'
import { articleDescription, demoReportDescription, meetingDescription } from '@/lib/metadata/description'
import { formatTimeRange } from '@/lib/text/format'
import { absoluteURL } from '@/lib/urls/absoluteURL'
import { localizedPath } from '@/lib/urls/localizedPath'
import { articlePath, demoReportPath, meetingPath } from '@/lib/urls/paths'
import { payloadClient } from '@/lib/startup/payloadClient'

import { asVisitor } from '@/lib/queries/asVisitor'
import { cached } from '@/lib/queries/cached'
import { findSiteSettings } from '@/lib/queries/siteSettings'
import { findSitemapPart, findSitemapParts } from '@/lib/queries/sitemap'
import { findTopicBySlug } from '@/lib/queries/topics'

/** Enough for a reader who checks in monthly; a longer feed only makes every poll heavier. */
export const FEED_LIMIT = 50

export type FeedImage = { url: string; mimeType: string; filesize: number; width: number; height: number }

/** Articles, demo reports and meetings in one shape, so one feed can carry them all. URLs are absolute: a feed has no page to resolve them against. */
export type FeedItem = {
  kind: 'article' | 'demo-report' | 'meeting'
  title: string
  url: string
  /** ISO date-time: cached results pass through JSON, where a Date would not survive. */
  date: string
  description: string
  image?: FeedImage
}

/** The `card` rendition keeps feeds light; it is empty when the upload is narrower (never enlarged), so the original stands in. */
function feedImage(media: number | Media | null | undefined): FeedImage | undefined {
  if (!media || typeof media !== 'object') return undefined
  const { url, mimeType, filesize, width, height } = media.sizes?.card?.url ? media.sizes.card : media
  if (!url || !mimeType || !filesize || !width || !height) return undefined
  return { url: absoluteURL(url), mimeType, filesize, width, height }
}

/**
 * The newest published articles, demo reports and meetings in one language, merged newest first
 * (a meeting by when it was announced; its description starts with when it is). All are
 * read with the visitor's access, so a draft, or the unpublished edit of a published document, never
 * appears; and without falling back to English, so a feed holds only what is written in its language.
 */
export async function findFeedItems(
  payload: Payload,
  lang: LanguageCode,
  { topicId, limit = FEED_LIMIT }: { topicId?: number | string; limit?: number } = {},
): Promise<FeedItem[]> {
  const translated: Where = { title: { exists: true } }
  const where: Where = topicId === undefined ? translated : { and: [translated, { topics: { equals: topicId } }] }
  const inLanguage = { ...asVisitor, locale: lang, fallbackLocale: false } as const
  const [articles, demoReports, meetings, settings] = await Promise.all([
    payload.find({
      collection: 'articles',
      ...inLanguage,
      where,
      sort: '-publishedAt',
      limit,
      depth: 1,
      select: { title: true, slug: true, standfirst: true, body: true, heroImage: true, publishedAt: true, createdAt: true },
    }),
    payload.find({
      collection: 'demo-reports',
      ...inLanguage,
      where,
      sort: '-publishedAt',
      limit,
      depth: 1,
      select: { title: true, slug: true, date: true, body: true, cause: true, participation: true, photos: true, publishedAt: true },
    }),
    payload.find({
      collection: 'meetings',
      ...inLanguage,
      where,
      sort: '-publishedAt',
      limit,
      depth: 0,
      select: { title: true, slug: true, startsAt: true, endsAt: true, status: true, place: true, description: true, publishedAt: true, createdAt: true },
    }),
    findSiteSettings(payload, lang),
  ])
  const timeZone = timeZoneOr(settings.timeZone)
  const t = siteText(lang)
  const items: FeedItem[] = [
    ...articles.docs.flatMap((article) =>
      article.slug
        ? [
            {
              kind: 'article' as const,
              title: article.title,
              url: absoluteURL(localizedPath(lang, articlePath(article.slug))),
              date: article.publishedAt ?? article.createdAt,
              description: articleDescription(article),
              image: feedImage(article.heroImage),
            },
          ]
        : [],
    ),
    ...demoReports.docs.flatMap((report) =>
      report.slug
        ? [
            {
              kind: 'demo-report' as const,
              title: report.title,
              url: absoluteURL(localizedPath(lang, demoReportPath(report.slug))),
              date: report.publishedAt ?? report.date,
              description: demoReportDescription(report),
              image: feedImage(report.photos?.[0]),
            },
          ]
        : [],
    ),
    ...meetings.docs.flatMap((meeting) =>
      meeting.slug
        ? [
            {
              kind: 'meeting' as const,
              title: meeting.status === 'cancelled' ? `${t.meetings.status.cancelled}: ${meeting.title}` : meeting.title,
              url: absoluteURL(localizedPath(lang, meetingPath(meeting.slug))),
              date: meeting.publishedAt ?? meeting.createdAt,
              description: [formatTimeRange(meeting.startsAt, meeting.endsAt, lang, timeZone), meetingDescription(meeting)].filter(Boolean).join('. '),
            },
          ]
        : [],
    ),
  ]
  return items.sort((a, b) => Date.parse(b.date) - Date.parse(a.date)).slice(0, limit)
}

const { articles: ARTICLES, demoReports: DEMOS, meetings: MEETINGS, topics: TOPICS, media: MEDIA, siteSettings: SITE_SETTINGS } = cacheTags

/** Every item in a language, or one topic's; null when no topic has that slug. */
export const getFeedItems = cached<[lang: LanguageCode, topicSlug?: string], FeedItem[] | null>(
  async (lang, topicSlug) => {
    const payload = await payloadClient()
    if (topicSlug === undefined) return findFeedItems(payload, lang)
    const topic = await findTopicBySlug(payload, lang, topicSlug)
    return topic ? findFeedItems(payload, lang, { topicId: topic.id }) : null
  },
  'feed-items',
  () => [ARTICLES, DEMOS, MEETINGS, TOPICS, MEDIA, SITE_SETTINGS],
)

/** The sitemap's parts are listed from counts; each part is one bounded page of documents. */
export const getSitemapParts = cached(async () => findSitemapParts(await payloadClient()), 'sitemap-parts', () => [ARTICLES, DEMOS, MEETINGS])

export const getSitemapPart = cached(
  async (name: string) => findSitemapPart(await payloadClient(), name),
  'sitemap-part',
  () => [ARTICLES, DEMOS, MEETINGS, TOPICS],
)
