/**
 * The only door from the public site to the database: one function per question a page asks, each
 * cached under the tags that the collections' hooks expire when organisers change something. Routes
 * and components import this index only; 'server-only' keeps it out of any browser bundle.
 */
import 'server-only'

import type { TypedUser } from 'payload'

import type { LanguageCode } from '@/i18n/languages'
import { cacheTags } from '@/lib/cache/tags'
import type { PhotoFilter } from '@/lib/urls/photoFilter'
import { payloadClient } from '@/lib/startup/payloadClient'
import type { SearchRequest } from '@/lib/search/params'

import * as articles from '@/lib/queries/articles'
import { cached } from '@/lib/queries/cached'
import * as dashboard from '@/lib/queries/dashboard'
import * as demoReports from '@/lib/queries/demoReports'
import * as calendar from '@/lib/queries/calendar'
import * as media from '@/lib/queries/media'
import * as meetings from '@/lib/queries/meetings'
import * as photos from '@/lib/queries/photos'
import * as search from '@/lib/queries/search'
import * as siteSettings from '@/lib/queries/siteSettings'
import * as topics from '@/lib/queries/topics'

export { ARTICLES_PER_PAGE } from '@/lib/queries/articles'
export type { ArticleSummary } from '@/lib/queries/articles'
export { DEMOS_PER_PAGE, isUpcoming } from '@/lib/queries/demoReports'
export type { DemoReportSummary } from '@/lib/queries/demoReports'
export type { Translated } from '@/lib/queries/translations'
export { isMeetingUpcoming, MEETINGS_PER_PAGE } from '@/lib/queries/meetings'
export type { MeetingSummary } from '@/lib/queries/meetings'
export type { EventKind } from '@/lib/queries/calendar'

const { articles: ARTICLES, demoReports: DEMOS, topics: TOPICS, media: MEDIA, siteSettings: SETTINGS } = cacheTags

export const getSiteSettings = cached(async (lang: LanguageCode) => siteSettings.findSiteSettings(await payloadClient(), lang), 'site-settings', () => [
  SETTINGS,
])

export const getLatestArticles = cached(
  async (limit: number, lang: LanguageCode) => articles.findLatestArticles(await payloadClient(), lang, limit),
  'latest-articles',
  () => [ARTICLES, MEDIA, TOPICS],
)

export const getArticlesPage = cached(
  async (page: number, lang: LanguageCode) => articles.findArticlesPage(await payloadClient(), lang, page),
  'articles-page',
  () => [ARTICLES, MEDIA, TOPICS],
)

export const getArticle = cached(
  async (slug: string, lang: LanguageCode) => articles.findArticleBySlug(await payloadClient(), lang, slug),
  'article',
  (slug) => [cacheTags.article(slug), ARTICLES, MEDIA, TOPICS, DEMOS],
)

export async function getArticlePreview(slug: string, lang: LanguageCode) {
  return articles.findArticleBySlug(await payloadClient(), lang, slug, { preview: true })
}

export const getRecentArticleSlugs = cached(
  async (limit: number) => articles.findRecentArticleSlugs(await payloadClient(), limit),
  'recent-article-slugs',
  () => [ARTICLES],
)

export const getArticlesAboutDemo = cached(
  async (demoReportId: number | string, lang: LanguageCode) => articles.findArticlesAboutDemo(await payloadClient(), lang, demoReportId),
  'articles-about-demo',
  () => [ARTICLES, MEDIA],
)

export const getUpcomingDemoReports = cached(
  async (limit: number, lang: LanguageCode) => demoReports.findUpcomingDemoReports(await payloadClient(), lang, limit),
  'upcoming-demo-reports',
  () => [DEMOS, MEDIA, TOPICS],
)

export const getPastDemoReportsPage = cached(
  async (page: number, lang: LanguageCode) => demoReports.findPastDemoReportsPage(await payloadClient(), lang, page),
  'past-demo-reports-page',
  () => [DEMOS, MEDIA, TOPICS],
)

export const getDemoReport = cached(
  async (slug: string, lang: LanguageCode) => demoReports.findDemoReportBySlug(await payloadClient(), lang, slug),
  'demo-report',
  (slug) => [cacheTags.demoReport(slug), DEMOS, MEDIA, TOPICS],
)

export async function getDemoReportPreview(slug: string, lang: LanguageCode) {
  return demoReports.findDemoReportBySlug(await payloadClient(), lang, slug, { preview: true })
}

export const getRecentDemoReportSlugs = cached(
  async (limit: number) => demoReports.findRecentDemoReportSlugs(await payloadClient(), limit),
  'recent-demo-report-slugs',
  () => [DEMOS],
)

export const getTopic = cached(
  async (slug: string, lang: LanguageCode) => topics.findTopicBySlug(await payloadClient(), lang, slug),
  'topic',
  () => [TOPICS],
)

export const getAllTopics = cached(async (lang: LanguageCode) => topics.findAllTopics(await payloadClient(), lang), 'all-topics', () => [TOPICS])

export type { TopicWithCounts } from '@/lib/queries/topics'

export const getTopicsWithCounts = cached(
  async (lang: LanguageCode) => topics.findTopicsWithCounts(await payloadClient(), lang),
  'topics-with-counts',
  () => [TOPICS, ARTICLES, DEMOS],
)

export const getTopicArticles = cached(
  async (topicId: number | string, lang: LanguageCode) =>
    (await articles.findArticlesPage(await payloadClient(), lang, 1, { topics: { equals: topicId } })).docs,
  'topic-articles',
  () => [ARTICLES, MEDIA, TOPICS],
)

export const getTopicDemoReports = cached(
  async (topicId: number | string, lang: LanguageCode) => demoReports.findDemoReportsAboutTopic(await payloadClient(), lang, topicId),
  'topic-demo-reports',
  () => [DEMOS, MEDIA, TOPICS],
)

export const getRecentDemoPhotos = cached(
  async (limit: number, lang: LanguageCode) => media.findRecentDemoPhotos(await payloadClient(), lang, limit),
  'recent-demo-photos',
  () => [MEDIA],
)

export { MAX_QUERY_LENGTH } from '@/lib/search/parseQuery'
export { parseSearchParams, SEARCH_FILTERS, type SearchFilterName, searchHref, type SearchRequest } from '@/lib/search/params'
export type { Highlighted } from '@/lib/search/snippet'
export { SEARCH_RESULTS_PER_PAGE, type SearchHit, type SearchResults } from '@/lib/queries/search'

/**
 * Answered afresh for each request: every query differs, and Next's data cache would keep each one
 * (on disk, with no bound). The server's page cache keeps each query's page instead, within its
 * byte budget, expired by any change like every other page (lib/cache/searchPages.ts).
 */
export async function searchSite(request: SearchRequest, lang: LanguageCode) {
  return search.findSearchResults(await payloadClient(), lang, request)
}

export const getSearchOptions = cached(async (lang: LanguageCode) => search.findSearchOptions(await payloadClient(), lang), 'search-options', () => [
  ARTICLES,
  DEMOS,
  TOPICS,
  MEDIA,
])

export { getFeedItems, getSitemapPart, getSitemapParts } from '@/lib/queries/outputs'
export { PHOTOS_PER_PAGE } from '@/lib/queries/photos'
export { filterQuery, parsePhotoFilter, type PhotoFilter } from '@/lib/urls/photoFilter'

const PHOTO_TAGS = () => [MEDIA, DEMOS, TOPICS]

export const getPhotosPage = cached(
  async (filter: PhotoFilter, page: number, lang: LanguageCode) => photos.findPhotosPage(await payloadClient(), lang, filter, page),
  'photos-page',
  PHOTO_TAGS,
)

export const getPhoto = cached(async (id: string, lang: LanguageCode) => photos.findPhoto(await payloadClient(), lang, id), 'photo', PHOTO_TAGS)

export const isPhotoWithdrawn = cached(async (id: string) => photos.findWhetherWithdrawn(await payloadClient(), id), 'photo-withdrawn', PHOTO_TAGS)

export const getPhotoNeighbours = cached(
  async (photo: Parameters<typeof photos.findNeighbours>[2], filter: PhotoFilter, lang: LanguageCode) =>
    photos.findNeighbours(await payloadClient(), lang, photo, filter),
  'photo-neighbours',
  PHOTO_TAGS,
)

export const getPhotoFilterOptions = cached(
  async (lang: LanguageCode) => photos.findPhotoFilterOptions(await payloadClient(), lang),
  'photo-filter-options',
  PHOTO_TAGS,
)

export const getBannerPhotos = cached(async (lang: LanguageCode) => photos.findBannerPhotos(await payloadClient(), lang), 'banner-photos', PHOTO_TAGS)

const { meetings: MEETINGS } = cacheTags

export const getUpcomingMeetings = cached(
  async (limit: number, lang: LanguageCode) => meetings.findUpcomingMeetings(await payloadClient(), lang, limit),
  'upcoming-meetings',
  () => [MEETINGS, TOPICS],
)

export const getPastMeetingsPage = cached(
  async (page: number, lang: LanguageCode) => meetings.findPastMeetingsPage(await payloadClient(), lang, page),
  'past-meetings-page',
  () => [MEETINGS, TOPICS],
)

export const getNextMeeting = cached(async (lang: LanguageCode) => meetings.findNextMeeting(await payloadClient(), lang), 'next-meeting', () => [MEETINGS])

export const getMeeting = cached(
  async (slug: string, lang: LanguageCode) => meetings.findMeetingBySlug(await payloadClient(), lang, slug),
  'meeting',
  (slug) => [cacheTags.meeting(slug), MEETINGS, TOPICS],
)

export async function getMeetingPreview(slug: string, lang: LanguageCode) {
  return meetings.findMeetingBySlug(await payloadClient(), lang, slug, { preview: true })
}

export const getRecentMeetingSlugs = cached(
  async (limit: number) => meetings.findRecentMeetingSlugs(await payloadClient(), limit),
  'recent-meeting-slugs',
  () => [MEETINGS],
)

export const getTopicMeetings = cached(
  async (topicId: number | string, lang: LanguageCode) => meetings.findMeetingsAboutTopic(await payloadClient(), lang, topicId),
  'topic-meetings',
  () => [MEETINGS, TOPICS],
)

/** Every upcoming demonstration and meeting, for `/calendar.ics`. */
export const getCalendarEvents = cached(async (lang: LanguageCode) => calendar.findCalendarEvents(await payloadClient(), lang), 'calendar-events', () => [
  DEMOS,
  MEETINGS,
  SETTINGS,
])

/** One upcoming event's calendar entry, or null. */
export const getEventCalendar = cached(
  async (kind: calendar.EventKind, slug: string, lang: LanguageCode) => calendar.findEventCalendar(await payloadClient(), lang, kind, slug),
  'event-calendar',
  (kind, slug) => [kind === 'meetings' ? cacheTags.meeting(slug) : cacheTags.demoReport(slug), kind === 'meetings' ? MEETINGS : DEMOS, SETTINGS],
)

export { startOfToday } from '@/lib/queries/demoReports'

/** The admin's dashboard, as the signed-in organiser sees it: never cached, it is what waits on them now. */
export async function getAtAGlance(user: TypedUser, lang: LanguageCode) {
  return dashboard.findAtAGlance(await payloadClient(), user, lang)
}
