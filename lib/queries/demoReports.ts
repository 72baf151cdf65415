import { defaultLanguage, type LanguageCode } from '@/i18n/languages'
import type { Payload } from 'payload'

import type { DemoReport } from '@/payload-types'

import { asVisitor, asVisitorIn } from '@/lib/queries/asVisitor'
import { translated } from '@/lib/queries/translations'

export const DEMOS_PER_PAGE = 12

const listFields = {
  title: true,
  slug: true,
  date: true,
  startTime: true,
  place: true,
  cause: true,
  participation: true,
  photos: true,
  topics: true,
} as const

export type DemoReportSummary = Pick<
  DemoReport,
  'id' | 'title' | 'slug' | 'date' | 'startTime' | 'place' | 'cause' | 'participation' | 'photos' | 'topics'
>

/** A demonstration is upcoming until the end of its day, wherever the organisers are. */
export function startOfToday(now = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())).toISOString()
}

/** The moment a demonstration stops being upcoming: the end of its day. */
export function upcomingUntil(report: Pick<DemoReport, 'date'>): Date {
  const day = new Date(report.date)
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 1))
}

export function isUpcoming(report: Pick<DemoReport, 'date'>, now = new Date()): boolean {
  return report.date >= startOfToday(now)
}

export async function findUpcomingDemoReports(payload: Payload, lang: LanguageCode, limit = 50, now = new Date()) {
  const { docs } = await payload.find({
    collection: 'demo-reports',
    ...asVisitorIn(lang),
    where: { date: { greater_than_equal: startOfToday(now) } },
    sort: 'date',
    limit,
    depth: 1,
    select: listFields,
  })
  return docs as DemoReportSummary[]
}

export async function findPastDemoReportsPage(payload: Payload, lang: LanguageCode, page: number, now = new Date()) {
  const result = await payload.find({
    collection: 'demo-reports',
    ...asVisitorIn(lang),
    where: { date: { less_than: startOfToday(now) } },
    sort: '-date',
    limit: DEMOS_PER_PAGE,
    page,
    depth: 1,
    select: listFields,
  })
  return { ...result, docs: result.docs as DemoReportSummary[] }
}

export async function findDemoReportBySlug(payload: Payload, lang: LanguageCode, slug: string, { preview = false } = {}) {
  const { docs } = await payload.find({
    collection: 'demo-reports',
    ...(preview ? { draft: true, overrideAccess: true, locale: lang, fallbackLocale: defaultLanguage.code } : asVisitorIn(lang)),
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
  })
  return docs[0] ? translated(payload, 'demo-reports', docs[0], lang, { preview }) : null
}

export async function findRecentDemoReportSlugs(payload: Payload, limit: number): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'demo-reports',
    ...asVisitor,
    sort: '-date',
    limit,
    depth: 0,
    select: { slug: true },
  })
  return docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
}

/** A topic's demonstrations: the upcoming ones first, soonest first, then the latest reports. */
export async function findDemoReportsAboutTopic(payload: Payload, lang: LanguageCode, topicId: number | string, limit = DEMOS_PER_PAGE, now = new Date()) {
  const find = (upcoming: boolean) =>
    payload.find({
      collection: 'demo-reports',
      ...asVisitorIn(lang),
      where: { and: [{ topics: { equals: topicId } }, { date: upcoming ? { greater_than_equal: startOfToday(now) } : { less_than: startOfToday(now) } }] },
      sort: upcoming ? 'date' : '-date',
      limit,
      depth: 1,
      select: listFields,
    })
  const [upcoming, past] = await Promise.all([find(true), find(false)])
  return [...upcoming.docs, ...past.docs].slice(0, limit) as DemoReportSummary[]
}
