import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Media } from '@/payload-types'
import {
  PHOTOS_PER_PAGE,
  findBannerPhotos,
  findNeighbours,
  findPhoto,
  findPhotoFilterOptions,
  findPhotosPage,
} from '@/lib/queries/photos'

import { testImage } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'

let payload: Payload
const photos: Media[] = []
let inReview: Media

async function photo(data: Record<string, unknown>): Promise<Media> {
  const file = await testImage(60, 40)
  return payload.create({
    collection: 'media',
    data: { alt: 'A photo', licence: 'cc-by-4.0', visibility: 'public', ...data } as never,
    file: { data: file, mimetype: 'image/jpeg', name: 'p.jpg', size: file.length },
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  const topic = await payload.create({ collection: 'topics', data: { name: 'Palestine' } })
  const london = await payload.create({
    collection: 'demo-reports',
    data: { title: 'London march', date: '2024-06-08T12:00:00.000Z', _status: 'published' },
  })
  for (let day = 1; day <= PHOTOS_PER_PAGE + 4; day++) {
    const in2024 = day % 2 === 0
    photos.push(
      await photo({
        alt: `Photo ${day}`,
        takenAt: new Date(Date.UTC(in2024 ? 2024 : 2025, 0, day)).toISOString(),
        demoReport: in2024 ? london.id : undefined,
        topics: day % 3 === 0 ? [topic.id] : [],
        showsBanner: day <= 3,
      }),
    )
  }
  inReview = await photo({ alt: 'Faces not yet blurred', visibility: 'review', takenAt: '2025-06-01T00:00:00.000Z', showsBanner: true })
})

describe('the photo archive', () => {
  it('shows public photos only, newest first, a page at a time', async () => {
    const first = (await findPhotosPage(payload, 'en', {}, 1))!
    expect(first.docs).toHaveLength(PHOTOS_PER_PAGE)
    expect(first.totalDocs).toBe(PHOTOS_PER_PAGE + 4)
    const dates = first.docs.map((doc) => doc.takenAt!)
    expect([...dates].sort().reverse()).toEqual(dates)
    expect(first.docs.map((doc) => doc.id)).not.toContain(inReview.id)
  })

  it('filters by demonstration, year and topic, and knows an unknown demo from an empty one', async () => {
    const byDemo = (await findPhotosPage(payload, 'en', { demo: 'london-march' }, 1))!
    expect(byDemo.totalDocs).toBe((PHOTOS_PER_PAGE + 4) / 2)
    const byYear = (await findPhotosPage(payload, 'en', { year: 2025 }, 1))!
    expect(byYear.docs.every((doc) => doc.takenAt!.startsWith('2025'))).toBe(true)
    const byTopic = (await findPhotosPage(payload, 'en', { topic: 'palestine', year: 2024 }, 1))!
    // Every third photo has the topic, every second is from 2024.
    const sixths = Array.from({ length: Math.floor((PHOTOS_PER_PAGE + 4) / 6) }, (_, index) => `Photo ${6 * (index + 1)}`)
    expect(byTopic.docs.map((doc) => doc.alt).sort()).toEqual(sixths.sort())
    expect(await findPhotosPage(payload, 'en', { demo: 'no-such-demo' }, 1)).toBeNull()
  })

  it('steps to the newer and older photo within the filter', async () => {
    const middle = photos[9]
    const all = await findNeighbours(payload, 'en', middle, {})
    expect([all.newer, all.older]).toEqual([photos[11].id, photos[7].id].map((id) => id))
    expect(await findNeighbours(payload, 'en', photos[1], { year: 2024 })).toEqual({ newer: photos[3].id, older: null })
  })

  it('never opens a photo in review', async () => {
    expect(await findPhoto(payload, 'en', String(inReview.id))).toBeNull()
    expect((await findPhoto(payload, 'en', String(photos[0].id)))?.alt).toBe('Photo 1')
    expect(await findPhoto(payload, 'en', '../../etc')).toBeNull()
  })

  it('offers the demonstrations, years and topics that have photos', async () => {
    const options = await findPhotoFilterOptions(payload, 'en')
    expect(options.years).toEqual([2025, 2024])
    expect(options.demos.map((demo) => demo.slug)).toEqual(['london-march'])
    expect(options.topics.map((topic) => topic.slug)).toEqual(['palestine'])
  })

  it('follows the banner in date order, public photos only', async () => {
    const banner = await findBannerPhotos(payload, 'en')
    expect(banner.map((doc) => doc.alt)).toEqual(['Photo 2', 'Photo 1', 'Photo 3'])
  })
})
