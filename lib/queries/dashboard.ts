import type { Payload, TypedUser } from 'payload'

import { WAITING } from '@/collections/RemovalRequests/status'
import type { LanguageCode } from '@/i18n/languages'
import { startOfToday } from '@/lib/queries/demoReports'
import type { LinkableCollection } from '@/lib/urls/paths'

/** How many of each the dashboard lists; each panel links to the whole list. */
export const AT_A_GLANCE = 5

export type Glance<T> = { total: number; docs: T[] }
export type ScheduledPublication = { collection: LinkableCollection; id: number | string; title: string; at: string }

/**
 * What an organiser sees first in the admin: what waits on them and what comes next. Read as the
 * signed-in organiser (drafts included, as they may see them) and never cached.
 */
export async function findAtAGlance(payload: Payload, user: TypedUser, locale: LanguageCode, now = new Date()) {
  const asOrganiser = { user, overrideAccess: false, locale, depth: 0, limit: AT_A_GLANCE } as const
  const [photosInReview, upcomingDemos, upcomingMeetings, scheduled, joinRequests, takedowns] = await Promise.all([
    payload.find({ collection: 'media', ...asOrganiser, where: { visibility: { equals: 'review' } }, sort: '-createdAt', select: { alt: true, filename: true, faceCheck: true } }),
    payload.find({
      collection: 'demo-reports',
      ...asOrganiser,
      draft: true,
      where: { date: { greater_than_equal: startOfToday(now) } },
      sort: 'date',
      select: { title: true, date: true, startTime: true, _status: true },
    }),
    payload.find({
      collection: 'meetings',
      ...asOrganiser,
      draft: true,
      where: { endsAt: { greater_than: now.toISOString() } },
      sort: 'startsAt',
      select: { title: true, startsAt: true, status: true, _status: true },
    }),
    findScheduledPublications(payload, user, locale, now),
    payload.find({ collection: 'join-requests', ...asOrganiser, where: { handled: { not_equals: true } }, sort: '-createdAt', select: { name: true, email: true, createdAt: true } }),
    payload.find({ collection: 'removal-requests', ...asOrganiser, where: { status: { in: WAITING } }, sort: '-createdAt', select: { wish: true, status: true, createdAt: true } }),
  ])
  return { photosInReview, upcomingDemos, upcomingMeetings, scheduled, joinRequests, takedowns }
}

/** Drafts that Payload's job queue will publish ("Schedule publish"), soonest first, with their titles. */
async function findScheduledPublications(payload: Payload, user: TypedUser, locale: LanguageCode, now: Date): Promise<Glance<ScheduledPublication>> {
  // The queue's own collection is Payload's, readable by admins only; what is listed is each
  // document's title, read with the organiser's own access below.
  const jobs = await payload.find({
    collection: 'payload-jobs',
    overrideAccess: true,
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { 'input.type': { not_equals: 'unpublish' } }, { waitUntil: { greater_than: now.toISOString() } }] },
    sort: 'waitUntil',
    limit: AT_A_GLANCE,
    depth: 0,
  })
  const docs = await Promise.all(
    jobs.docs.map(async (job) => {
      const target = (job.input as { doc?: { relationTo: LinkableCollection; value: string } } | null)?.doc
      if (!target || !job.waitUntil) return null
      const doc = await payload
        .findByID({ collection: target.relationTo, id: target.value, user, overrideAccess: false, locale, draft: true, depth: 0 })
        .catch(() => null)
      if (!doc) return null
      const title = 'title' in doc ? doc.title : doc.name
      return { collection: target.relationTo, id: doc.id, title: String(title ?? ''), at: job.waitUntil }
    }),
  )
  return { total: jobs.totalDocs, docs: docs.filter((doc) => doc !== null) }
}
