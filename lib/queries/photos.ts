import type { LanguageCode } from '@/i18n/languages'
import type { Payload, Where } from 'payload'

import type { Media } from '@/payload-types'

import { isWellFormedId } from '@/apiGuards/documentId'
import type { PhotoFilter } from '@/lib/urls/photoFilter'

import { asVisitor, asVisitorIn } from '@/lib/queries/asVisitor'

/** Two dozen: a few screens on a phone, and a page that stays light on a mobile connection at a march. */
export const PHOTOS_PER_PAGE = 24

const yearRange = (year: number): Where[] => [
  { takenAt: { greater_than_equal: new Date(Date.UTC(year, 0, 1)).toISOString() } },
  { takenAt: { less_than: new Date(Date.UTC(year + 1, 0, 1)).toISOString() } },
]

async function idBySlug(payload: Payload, collection: 'demo-reports' | 'topics', slug: string) {
  const { docs } = await payload.find({ collection, ...asVisitor, where: { slug: { equals: slug } }, limit: 1, depth: 0, select: { slug: true } })
  return docs[0]?.id
}

/** The query for a filter, or null when it names a demo report or topic that does not exist. */
async function whereFor(payload: Payload, filter: PhotoFilter): Promise<Where | null> {
  const and: Where[] = []
  if (filter.demo) {
    const id = await idBySlug(payload, 'demo-reports', filter.demo)
    if (!id) return null
    and.push({ demoReport: { equals: id } })
  }
  if (filter.topic) {
    const id = await idBySlug(payload, 'topics', filter.topic)
    if (!id) return null
    and.push({ topics: { equals: id } })
  }
  if (filter.year) and.push(...yearRange(filter.year))
  return { and }
}

export async function findPhotosPage(payload: Payload, lang: LanguageCode, filter: PhotoFilter, page: number) {
  const where = await whereFor(payload, filter)
  if (!where) return null
  return payload.find({ collection: 'media', ...asVisitorIn(lang), where, sort: ['-takenAt', '-id'], limit: PHOTOS_PER_PAGE, page, depth: 0 })
}

/** Null for an id no photo could have (`/photos/abc` on SQLite), as for one that does not exist. */
export async function findPhoto(payload: Payload, lang: LanguageCode, id: number | string) {
  if (!isWellFormedId(payload, id)) return null
  return payload.findByID({ collection: 'media', id, ...asVisitorIn(lang), depth: 1, disableErrors: true })
}

/** The photos either side of `photo` in the archive's order (newest first), within the filter. */
export async function findNeighbours(payload: Payload, lang: LanguageCode, photo: Pick<Media, 'id' | 'takenAt'>, filter: PhotoFilter) {
  const where = await whereFor(payload, filter)
  if (!where || !photo.takenAt) return { newer: null, older: null }
  const near = async (direction: 'newer' | 'older') => {
    const { docs } = await payload.find({
      collection: 'media',
      ...asVisitorIn(lang),
      where: {
        and: [
          where,
          { id: { not_equals: photo.id } },
          { takenAt: direction === 'newer' ? { greater_than: photo.takenAt } : { less_than: photo.takenAt } },
        ],
      },
      sort: direction === 'newer' ? 'takenAt' : '-takenAt',
      limit: 1,
      depth: 0,
      select: { alt: true },
    })
    return docs[0]?.id ?? null
  }
  const [newer, older] = await Promise.all([near('newer'), near('older')])
  return { newer, older }
}

/**
 * What the archive can be filtered by: the years, demo reports and topics that have public photos.
 * Asked of the database as distinct values and one probe per year, never by reading every photo:
 * the archive grows by hundreds after each march.
 */
export async function findPhotoFilterOptions(payload: Payload, lang: LanguageCode) {
  const publicPhotos = { collection: 'media', overrideAccess: false, depth: 0 } as const
  const takenAt = (sort: string) => payload.find({ ...publicPhotos, where: { takenAt: { exists: true } }, sort, limit: 1, select: { takenAt: true } })
  const [demoIds, topicIds, newest, oldest] = await Promise.all([
    payload.findDistinct({ ...publicPhotos, field: 'demoReport' }),
    payload.findDistinct({ ...publicPhotos, field: 'topics' }),
    takenAt('-takenAt'),
    takenAt('takenAt'),
  ])
  const ids = (values: Record<string, unknown>[], field: string) => values.flatMap((value) => (value[field] ? [value[field] as number | string] : []))
  const [demos, topics, years] = await Promise.all([
    payload.find({
      collection: 'demo-reports',
      ...asVisitorIn(lang),
      where: { id: { in: ids(demoIds.values, 'demoReport') } },
      sort: '-date',
      pagination: false,
      depth: 0,
      select: { slug: true, title: true, date: true },
    }),
    payload.find({
      collection: 'topics',
      ...asVisitorIn(lang),
      where: { id: { in: ids(topicIds.values, 'topics') } },
      sort: 'name',
      pagination: false,
      depth: 0,
      select: { slug: true, name: true },
    }),
    yearsWithPhotos(payload, newest.docs[0]?.takenAt, oldest.docs[0]?.takenAt),
  ])
  return {
    years,
    demos: demos.docs.flatMap((report) => (report.slug ? [{ slug: report.slug, title: report.title, date: report.date }] : [])),
    topics: topics.docs.flatMap((topic) => (topic.slug ? [{ slug: topic.slug, name: topic.name }] : [])),
  }
}

/** Each year from the newest photo's back to the oldest's that has at least one public photo, newest first. */
async function yearsWithPhotos(payload: Payload, newest: string | null | undefined, oldest: string | null | undefined): Promise<number[]> {
  if (!newest || !oldest) return []
  const newestYear = new Date(newest).getUTCFullYear()
  const span = Array.from({ length: newestYear - new Date(oldest).getUTCFullYear() + 1 }, (_, index) => newestYear - index)
  const found = await Promise.all(
    span.map(async (year) => {
      const { docs } = await payload.find({
        collection: 'media',
        overrideAccess: false,
        where: { and: yearRange(year) },
        limit: 1,
        pagination: false,
        depth: 0,
        select: { takenAt: true },
      })
      return docs.length > 0
    }),
  )
  return span.filter((_, index) => found[index])
}

/** The banner's journey: every public photo that shows it, oldest first. */
export async function findBannerPhotos(payload: Payload, lang: LanguageCode) {
  const { docs } = await payload.find({
    collection: 'media',
    ...asVisitorIn(lang),
    where: { showsBanner: { equals: true } },
    sort: ['takenAt', 'id'],
    limit: 500,
    depth: 1,
  })
  return docs
}

/**
 * Whether `id` names a photo withdrawn on request. Read past the visitor's access on purpose, and
 * only this: a withdrawn photo was public, so saying it is gone reveals nothing new, while a photo in
 * review answers like an id that names nothing.
 */
export async function findWhetherWithdrawn(payload: Payload, id: number | string): Promise<boolean> {
  if (!isWellFormedId(payload, id)) return false
  const photo = await payload.findByID({ collection: 'media', id, overrideAccess: true, depth: 0, disableErrors: true, select: { visibility: true } })
  return photo?.visibility === 'withdrawn'
}
