import { TZDate } from '@date-fns/tz'
import type { Payload } from 'payload'

import { DEFAULT_TIME_ZONE } from '@/fields/timeZone'
import type { Media, Topic } from '@/payload-types'

import { seedAccounts } from '@/seed/accounts'
import { BANNER_ILLUSTRATIONS, drawBannerIllustration } from '@/seed/bannerIllustrations'
import { DEMO_MEETING, ILLUSTRATION_CAPTION, LONDON_DEMO, SITE_SETTINGS, TOPICS } from '@/seed/content'
import { LEAFLET, LEAFLET_BLOCKS } from '@/seed/leaflet'
import { toLexical } from '@/seed/lexical'

type Log = (line: string) => void

/** Seeding happens outside any page request, so there is nothing to revalidate. */
const context = { disableRevalidate: true }

async function findBySlug(payload: Payload, collection: 'articles' | 'demo-reports' | 'meetings' | 'topics', slug: string) {
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, draft: true })
  return docs[0]
}

async function seedTopics(payload: Payload, log: Log): Promise<Map<string, Topic['id']>> {
  const ids = new Map<string, Topic['id']>()
  for (const topic of TOPICS) {
    const existing = await findBySlug(payload, 'topics', topic.slug)
    const doc = existing ?? (await payload.create({ collection: 'topics', data: topic, context }))
    if (!existing) log(`Created the topic ${topic.name}`)
    ids.set(topic.slug, doc.id)
  }
  return ids
}

async function seedSiteSettings(payload: Payload, log: Log): Promise<boolean> {
  const current = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (current.contactEmail) return false
  await payload.updateGlobal({ slug: 'site-settings', data: SITE_SETTINGS, context })
  log('Filled in the site settings from the leaflet')
  return true
}

async function seedIllustrations(payload: Payload, topicIds: Topic['id'][], log: Log): Promise<Media[]> {
  const media: Media[] = []
  for (const [index, design] of BANNER_ILLUSTRATIONS.entries()) {
    const filename = `${design.name}.jpg`
    const { docs } = await payload.find({ collection: 'media', where: { filename: { equals: filename } }, limit: 1 })
    if (docs[0]) {
      media.push(docs[0])
      continue
    }
    const data = await drawBannerIllustration(design, index + 1)
    const doc = await payload.create({
      collection: 'media',
      data: {
        alt: design.alt,
        caption: ILLUSTRATION_CAPTION,
        credit: 'Illustration',
        licence: 'cc-by-4.0',
        visibility: 'public',
        showsBanner: true,
        topics: topicIds,
      },
      file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
      context,
    })
    log(`Drew the banner illustration ${filename}`)
    media.push(doc)
  }
  return media
}

/** Only the demo gets it: a real group's next meeting is theirs to announce. */
async function seedDemoMeeting(payload: Payload, topicIds: Topic['id'][], log: Log, now = new Date()): Promise<boolean> {
  if (await findBySlug(payload, 'meetings', DEMO_MEETING.slug)) return false
  const day = new TZDate(now.getTime(), DEFAULT_TIME_ZONE)
  const startsAt = new TZDate(day.getFullYear(), day.getMonth(), day.getDate() + DEMO_MEETING.daysAhead, DEMO_MEETING.startHour, 0, DEFAULT_TIME_ZONE)
  await payload.create({
    collection: 'meetings',
    data: {
      title: DEMO_MEETING.title,
      slug: DEMO_MEETING.slug,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + DEMO_MEETING.hours * 3_600_000).toISOString(),
      place: DEMO_MEETING.place,
      description: DEMO_MEETING.description,
      topics: topicIds,
      _status: 'published',
    },
    context,
  })
  log(`Published the example meeting "${DEMO_MEETING.title}"`)
  return true
}

export type SeedResult = { created: number }

/** True for a database nobody has used yet: no content and no accounts. */
export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const counts = await Promise.all(
    (['articles', 'demo-reports', 'media', 'topics', 'users'] as const).map((collection) =>
      payload.count({ collection }),
    ),
  )
  return counts.every(({ totalDocs }) => totalDocs === 0)
}

/**
 * The demo content: the leaflet as the first article, the London demonstration it was handed out at,
 * the four topics, site settings and illustrations of the banner; in demo mode, an example meeting. Safe to run again: what exists is
 * left alone, and a run that finds everything in place changes nothing.
 */
export async function seedDemoContent(
  payload: Payload,
  { demoMode, log = console.log }: { demoMode: boolean; log?: Log },
): Promise<SeedResult> {
  let created = 0
  const topicIds = await seedTopics(payload, (line) => (created++, log(line)))
  const topics = (...slugs: string[]) => slugs.map((slug) => topicIds.get(slug)!)
  if (await seedSiteSettings(payload, log)) created++

  const illustrations = await seedIllustrations(payload, topics('solidarity'), (line) => (created++, log(line)))

  let demo = await findBySlug(payload, 'demo-reports', LONDON_DEMO.slug)
  if (!demo) {
    demo = await payload.create({
      collection: 'demo-reports',
      data: {
        title: LONDON_DEMO.title,
        slug: LONDON_DEMO.slug,
        date: LONDON_DEMO.date,
        place: LONDON_DEMO.place,
        cause: LONDON_DEMO.cause,
        participation: LONDON_DEMO.participation,
        photos: illustrations.map((image) => image.id),
        topics: topics(...LONDON_DEMO.topicSlugs),
        _status: 'published',
      },
      context,
    })
    for (const image of illustrations) {
      await payload.update({ collection: 'media', id: image.id, data: { demoReport: demo.id }, context })
    }
    log(`Published the demo report "${LONDON_DEMO.title}"`)
    created++
  }

  if (!(await findBySlug(payload, 'articles', LEAFLET.slug))) {
    await payload.create({
      collection: 'articles',
      data: {
        title: LEAFLET.title,
        slug: LEAFLET.slug,
        standfirst: LEAFLET.standfirst,
        byline: LEAFLET.byline,
        body: toLexical(LEAFLET_BLOCKS),
        heroImage: illustrations[0]?.id,
        topics: topics('ukraine', 'palestine', 'solidarity'),
        relatedDemoReports: [demo.id],
        _status: 'published',
      },
      context,
    })
    log(`Published the article "${LEAFLET.title}"`)
    created++
  }

  if (demoMode && (await seedDemoMeeting(payload, topics(...DEMO_MEETING.topicSlugs), log))) created++

  created += await seedAccounts(payload, { demoMode, log })
  log(created === 0 ? 'The demo content is already in place: nothing changed.' : `Demo content seeded (${created} changes).`)
  return { created }
}
