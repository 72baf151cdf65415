import type { Payload } from 'payload'
import sharp from 'sharp'

import { mediaFiles } from '@/collections/Media/fileStore'
import { defaultLanguage } from '@/i18n/languages'
import { rebuildSearchIndex } from '@/lib/search/upkeep'

import type { DemoReport, Media, Topic } from '@/payload-types'

import { toLexical } from '@/seed/lexical'

export type SampleCounts = {
  articles: number
  demos: number
  photos: number
  /** Weekly meetings, half of them past and half to come. */
  meetings?: number
  /**
   * Upload one photo through the pipeline and give every other photo document copies of its files
   * that share their bytes (hard links on disk, copies inside a bucket): tens of thousands of photos
   * for load tests without the time or disk of real uploads.
   */
  sharedFiles?: boolean
}

const context = { disableRevalidate: true }
const DAY = 24 * 60 * 60 * 1000

/** Obviously synthetic words: nobody must mistake sample content for the group's own. */
const LOREM =
  'This is synthetic sample text for testing the archive and measuring speed. It says nothing about any real event, person or place.'

function progress(label: string, done: number, total: number, log: (line: string) => void) {
  const step = Math.max(1, Math.floor(total / 10))
  if (done === total || done % step === 0) log(`${label}: ${done}/${total}`)
}

async function samplePhoto(number: number): Promise<Buffer> {
  const hue = (number * 47) % 360
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <rect width="1200" height="800" fill="hsl(${hue},45%,42%)"/>
    <circle cx="${200 + ((number * 97) % 800)}" cy="400" r="220" fill="hsl(${(hue + 180) % 360},50%,60%)"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 70 }).toBuffer()
}

/** The stored fields of a photo document whose files are copies of `template`'s files. */
async function linkedCopy(template: Media, number: number) {
  const link = async (filename: string | null | undefined) => {
    if (!filename) return filename
    const name = filename.replace(/^sample-photo-\d+/, `sample-photo-${number}`)
    await mediaFiles().copy(filename, name)
    return name
  }
  const sizes: Record<string, unknown> = {}
  for (const [size, value] of Object.entries(template.sizes ?? {})) {
    sizes[size] = value ? { ...value, url: undefined, filename: await link(value.filename) } : value
  }
  return {
    filename: await link(template.filename),
    mimeType: template.mimeType,
    filesize: template.filesize,
    width: template.width,
    height: template.height,
    focalX: template.focalX,
    focalY: template.focalY,
    placeholder: template.placeholder,
    sizes,
  }
}

async function nextNumber(payload: Payload, collection: 'articles' | 'demo-reports' | 'media' | 'meetings'): Promise<number> {
  const field = collection === 'media' ? 'alt' : 'title'
  const { totalDocs } = await payload.count({ collection, where: { [field]: { like: 'Sample ' } } })
  return totalDocs + 1
}

/** Adds numbered sample documents ("Sample article 123") for load and archive tests. */
export async function seedSampleContent(payload: Payload, counts: SampleCounts, log: (line: string) => void) {
  const { docs: topics } = await payload.find({ collection: 'topics', limit: 50, depth: 0 })
  const topicAt = (n: number): Topic['id'][] => (topics.length ? [topics[n % topics.length].id] : [])

  const demos: DemoReport['id'][] = []
  const firstDemo = await nextNumber(payload, 'demo-reports')
  for (let i = 0; i < counts.demos; i++) {
    const number = firstDemo + i
    const doc = await payload.create({
      collection: 'demo-reports',
      data: {
        title: `Sample demonstration ${number}`,
        slug: `sample-demonstration-${number}`,
        date: new Date(Date.now() - (number - 5) * 7 * DAY).toISOString(),
        place: { city: 'Sample City', country: 'Nowhere' },
        cause: 'Sample cause',
        participation: LOREM,
        topics: topicAt(number),
        _status: 'published',
      },
      context,
    })
    demos.push(doc.id)
    progress('Sample demo reports', i + 1, counts.demos, log)
  }

  const photos: Media['id'][] = []
  const firstPhoto = await nextNumber(payload, 'media')
  let template: Media | undefined
  for (let i = 0; i < counts.photos; i++) {
    const number = firstPhoto + i
    const fields = {
      alt: `Sample photo ${number}: coloured shapes, not a real photograph`,
      credit: 'Sample',
      licence: 'cc-by-4.0' as const,
      visibility: 'public' as const,
      showsBanner: number % 3 === 0,
      // Spread over about four years, so every year has photos to filter by.
      takenAt: new Date(Date.now() - ((number * 7919) % (4 * 365)) * DAY - number * 1000).toISOString(),
      demoReport: demos.length ? demos[i % demos.length] : undefined,
      topics: topicAt(number),
    }
    if (counts.sharedFiles && template) {
      // The adapter takes a localized text (alt) as Payload's operations hand it over: one value per language.
      const data = { ...(await linkedCopy(template, number)), ...fields, alt: { [defaultLanguage.code]: fields.alt } }
      const doc = await payload.db.create({ collection: 'media', data, req: {} })
      photos.push(doc.id as Media['id'])
    } else {
      const data = await samplePhoto(number)
      const doc = await payload.create({
        collection: 'media',
        data: fields,
        file: { data, mimetype: 'image/jpeg', name: `sample-photo-${number}.jpg`, size: data.length },
        context,
      })
      template = doc
      photos.push(doc.id)
    }
    progress('Sample photos', i + 1, counts.photos, log)
  }

  const firstArticle = await nextNumber(payload, 'articles')
  for (let i = 0; i < counts.articles; i++) {
    const number = firstArticle + i
    await payload.create({
      collection: 'articles',
      data: {
        title: `Sample article ${number}`,
        slug: `sample-article-${number}`,
        standfirst: `Sample standfirst ${number}. ${LOREM}`,
        byline: 'Sample author',
        body: toLexical([
          { kind: 'heading', text: `Sample heading ${number}` },
          { kind: 'paragraph', text: LOREM },
          { kind: 'paragraph', text: LOREM },
        ]),
        heroImage: photos.length ? photos[i % photos.length] : undefined,
        topics: topicAt(number),
        relatedDemoReports: demos.length ? [demos[i % demos.length]] : [],
        publishedAt: new Date(Date.now() - number * 3600 * 1000).toISOString(),
        _status: 'published',
      },
      context,
    })
    progress('Sample articles', i + 1, counts.articles, log)
  }
  const meetings = counts.meetings ?? 0
  const firstMeeting = await nextNumber(payload, 'meetings')
  for (let i = 0; i < meetings; i++) {
    const number = firstMeeting + i
    // A week apart, the later half still to come (the first of those in three days).
    const startsAt = Date.now() + (i - Math.floor(meetings / 2)) * 7 * DAY + 3 * DAY
    await payload.create({
      collection: 'meetings',
      data: {
        title: `Sample meeting ${number}`,
        slug: `sample-meeting-${number}`,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(startsAt + 2 * 3600 * 1000).toISOString(),
        place: 'Sample hall, Sample City',
        description: LOREM,
        topics: topicAt(number),
        _status: 'published',
      },
      context,
    })
    progress('Sample meetings', i + 1, meetings, log)
  }
  // Photos sharing files are written without hooks, which keep the search index current.
  await rebuildSearchIndex(payload)
  log(`Sample content added: ${counts.articles} articles, ${counts.demos} demo reports, ${meetings} meetings, ${counts.photos} photos.`)
}
