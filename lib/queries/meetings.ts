import type { Payload } from 'payload'

import { defaultLanguage, type LanguageCode } from '@/i18n/languages'
import type { Meeting } from '@/payload-types'

import { asVisitor, asVisitorIn } from '@/lib/queries/asVisitor'
import { translated } from '@/lib/queries/translations'

export const MEETINGS_PER_PAGE = 12

const listFields = { title: true, slug: true, startsAt: true, endsAt: true, status: true, place: true, onlineLink: true, topics: true } as const

export type MeetingSummary = Pick<Meeting, 'id' | 'title' | 'slug' | 'startsAt' | 'endsAt' | 'status' | 'place' | 'onlineLink' | 'topics'>

/** A meeting is upcoming until it ends: one in progress is still worth joining. */
export function isMeetingUpcoming(meeting: Pick<Meeting, 'endsAt'>, now = new Date()): boolean {
  return Date.parse(meeting.endsAt) > now.getTime()
}

/** Upcoming meetings, soonest first; `topicId` keeps one topic's. */
export async function findUpcomingMeetings(payload: Payload, lang: LanguageCode, limit = 50, { now = new Date(), topicId }: { now?: Date; topicId?: number | string } = {}) {
  const upcoming = { endsAt: { greater_than: now.toISOString() } }
  const { docs } = await payload.find({
    collection: 'meetings',
    ...asVisitorIn(lang),
    where: topicId === undefined ? upcoming : { and: [upcoming, { topics: { equals: topicId } }] },
    sort: 'startsAt',
    limit,
    depth: 1,
    select: listFields,
  })
  return docs as MeetingSummary[]
}

/** Meetings that have ended, latest first, a page at a time; `topicId` keeps one topic's. */
export async function findPastMeetingsPage(
  payload: Payload,
  lang: LanguageCode,
  page: number,
  { now = new Date(), topicId, limit = MEETINGS_PER_PAGE }: { now?: Date; topicId?: number | string; limit?: number } = {},
) {
  const past = { endsAt: { less_than_equal: now.toISOString() } }
  const result = await payload.find({
    collection: 'meetings',
    ...asVisitorIn(lang),
    where: topicId === undefined ? past : { and: [past, { topics: { equals: topicId } }] },
    sort: '-startsAt',
    limit,
    page,
    depth: 1,
    select: listFields,
  })
  return { ...result, docs: result.docs as MeetingSummary[] }
}

/** A topic's meetings: the upcoming ones first, soonest first, then the latest past ones. */
export async function findMeetingsAboutTopic(payload: Payload, lang: LanguageCode, topicId: number | string, limit = MEETINGS_PER_PAGE) {
  const upcoming = await findUpcomingMeetings(payload, lang, limit, { topicId })
  if (upcoming.length >= limit) return upcoming
  const past = await findPastMeetingsPage(payload, lang, 1, { topicId, limit: limit - upcoming.length })
  return [...upcoming, ...past.docs]
}

export async function findMeetingBySlug(payload: Payload, lang: LanguageCode, slug: string, { preview = false } = {}) {
  const { docs } = await payload.find({
    collection: 'meetings',
    ...(preview ? { draft: true, overrideAccess: true, locale: lang, fallbackLocale: defaultLanguage.code } : asVisitorIn(lang)),
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
  })
  return docs[0] ? translated(payload, 'meetings', docs[0], lang, { preview }) : null
}

export async function findRecentMeetingSlugs(payload: Payload, limit: number): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'meetings', ...asVisitor, sort: '-startsAt', limit, depth: 0, select: { slug: true } })
  return docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
}

/** The meeting to invite people to: the soonest one still to come that is not cancelled. */
export async function findNextMeeting(payload: Payload, lang: LanguageCode, now = new Date()): Promise<MeetingSummary | null> {
  const { docs } = await payload.find({
    collection: 'meetings',
    ...asVisitorIn(lang),
    where: { and: [{ endsAt: { greater_than: now.toISOString() } }, { status: { not_equals: 'cancelled' } }] },
    sort: 'startsAt',
    limit: 1,
    depth: 0,
    select: listFields,
  })
  return (docs[0] as MeetingSummary | undefined) ?? null
}
