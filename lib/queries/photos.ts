import type { Payload, Where } from 'payload'

import type { Media } from '@/payload-types'

import { isWellFormedId } from '../documentId'

import { asVisitor } from './articles'

export const PHOTOS_PER_PAGE = 48

/** The archive's filters, as they appear in the address: `/photos?demo=<slug>&year=2024&topic=<slug>`. */
export type PhotoFilter = { demo?: string; year?: number; topic?: string }

const SLUG = /^[a-z0-9-]{1,120}$/

/** Only well-formed values become filters; anything else is ignored rather than an error. */
export function parsePhotoFilter(params: Record<string, string | string[] | undefined>): PhotoFilter {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
  const filter: PhotoFilter = {}
  const demo = first(params.demo)
  const topic = first(params.topic)
  const year = Number(first(params.year))
  if (demo && SLUG.test(demo)) filter.demo = demo
  if (topic && SLUG.test(topic)) filter.topic = topic
  if (Number.isInteger(year) && year >= 1900 && year <= 2200) filter.year = year
  return filter
}

export function filterQuery(filter: PhotoFilter, page = 1): string {
  const params = new URLSearchParams()
  if (filter.demo) params.set('demo', filter.demo)
  if (filter.year) params.set('year', String(filter.year))
  if (filter.topic) params.set('topic', filter.topic)
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `?${query}` : ''
}

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
  if (filter.year) {
    and.push({ takenAt: { greater_than_equal: new Date(Date.UTC(filter.year, 0, 1)).toISOString() } })
    and.push({ takenAt: { less_than: new Date(Date.UTC(filter.year + 1, 0, 1)).toISOString() } })
  }
  return { and }
}

export async function findPhotosPage(payload: Payload, filter: PhotoFilter, page: number) {
  const where = await whereFor(payload, filter)
  if (!where) return null
  return payload.find({ collection: 'media', ...asVisitor, where, sort: ['-takenAt', '-id'], limit: PHOTOS_PER_PAGE, page, depth: 0 })
}

/** Null for an id no photo could have (`/photos/abc` on SQLite), as for one that does not exist. */
export async function findPhoto(payload: Payload, id: number | string) {
  if (!isWellFormedId(payload, id)) return null
  return payload.findByID({ collection: 'media', id, ...asVisitor, depth: 1, disableErrors: true })
}

/** The photos either side of `photo` in the archive's order (newest first), within the filter. */
export async function findNeighbours(payload: Payload, photo: Pick<Media, 'id' | 'takenAt'>, filter: PhotoFilter) {
  const where = await whereFor(payload, filter)
  if (!where || !photo.takenAt) return { newer: null, older: null }
  const near = async (direction: 'newer' | 'older') => {
    const { docs } = await payload.find({
      collection: 'media',
      ...asVisitor,
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

/** What the archive can be filtered by: demo reports and topics that have public photos, and years. */
export async function findPhotoFilterOptions(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'media',
    ...asVisitor,
    limit: 0,
    pagination: false,
    depth: 1,
    select: { takenAt: true, demoReport: true, topics: true },
  })
  const years = new Set<number>()
  const demos = new Map<string, { slug: string; title: string; date: string }>()
  const topics = new Map<string, { slug: string; name: string }>()
  for (const photo of docs) {
    if (photo.takenAt) years.add(new Date(photo.takenAt).getUTCFullYear())
    const report = photo.demoReport
    if (report && typeof report === 'object' && report.slug) demos.set(report.slug, { slug: report.slug, title: report.title, date: report.date })
    for (const topic of photo.topics ?? []) {
      if (typeof topic === 'object' && topic.slug) topics.set(topic.slug, { slug: topic.slug, name: topic.name })
    }
  }
  return {
    years: [...years].sort((a, b) => b - a),
    demos: [...demos.values()].sort((a, b) => b.date.localeCompare(a.date)),
    topics: [...topics.values()].sort((a, b) => a.name.localeCompare(b.name)),
  }
}

/** The banner's journey: every public photo that shows it, oldest first. */
export async function findBannerPhotos(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'media',
    ...asVisitor,
    where: { showsBanner: { equals: true } },
    sort: ['takenAt', 'id'],
    limit: 500,
    depth: 1,
  })
  return docs
}
