import { beforeAll, describe, expect, it } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Payload } from 'payload'

import { buildAtom } from '@/lib/feeds/atom'
import type { FeedChannel } from '@/lib/feeds/channel'
import { buildJsonFeed } from '@/lib/feeds/jsonFeed'
import { buildRss } from '@/lib/feeds/rss'
import { REVALIDATE_SECONDS } from '@/lib/cache/tags'
import { FEED_LIMIT, findFeedItems } from '@/lib/queries/outputs'
import { findSitemapPart, findSitemapParts, type SitemapEntry } from '@/lib/queries/sitemap'
import type { Article, DemoReport, Media, Topic } from '@/payload-types'

import { body, createMedia, testImage } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'

const SITE = 'http://localhost:3000'
const HOSTILE_TITLE = 'Ceasefire <script>alert(1)</script> & ]]> now ]]> everywhere'

let payload: Payload
let palestine: Topic
let ukraine: Topic
let wide: Media
let hostile: Article
let edited: Article
let draft: Article
let march: DemoReport
let draftMarch: DemoReport
/** Older published articles, enough to push the feed over its limit; `fillers[49]` is the newest. */
const fillers: Article[] = []

const day = (iso: string) => `${iso}T09:00:00.000Z`

beforeAll(async () => {
  payload = await getTestPayload()
  palestine = await payload.create({ collection: 'topics', data: { name: 'Palestine' } })
  ukraine = await payload.create({ collection: 'topics', data: { name: 'Ukraine' } })
  const wideImage = await testImage(1600, 1000)
  wide = await payload.create({
    collection: 'media',
    data: { alt: 'A wide red rectangle', visibility: 'public', licence: 'cc-by-4.0' },
    file: { data: wideImage, mimetype: 'image/jpeg', name: 'wide.jpg', size: wideImage.length },
  })
  const small = await createMedia(payload, 'A small red rectangle')

  hostile = await payload.create({
    collection: 'articles',
    data: {
      title: HOSTILE_TITLE,
      standfirst: 'Marches <b>everywhere</b> & always',
      heroImage: wide.id,
      topics: [palestine.id],
      publishedAt: day('2025-03-01'),
      _status: 'published',
    },
  })
  edited = await payload.create({
    collection: 'articles',
    data: { title: 'Live title', body: body('Published words'), heroImage: small.id, publishedAt: day('2025-02-01'), _status: 'published' },
  })
  await payload.update({
    collection: 'articles',
    id: edited.id,
    draft: true,
    data: { title: 'Unpublished edit', body: body('Draft words'), _status: 'draft' },
  })
  draft = await payload.create({
    collection: 'articles',
    data: { title: 'Secret draft', topics: [palestine.id], publishedAt: day('2025-04-01'), _status: 'draft' },
    draft: true,
  })
  march = await payload.create({
    collection: 'demo-reports',
    data: {
      title: 'London march for a ceasefire',
      date: day('2025-02-15'),
      cause: 'Ceasefire in Gaza',
      participation: 'We carried our banner.',
      photos: [small.id],
      topics: [palestine.id],
      publishedAt: day('2025-02-16'),
      _status: 'published',
    },
  })
  draftMarch = await payload.create({
    collection: 'demo-reports',
    data: { title: 'Planned march', date: day('2025-05-01'), topics: [palestine.id], _status: 'draft' },
    draft: true,
  })
  for (let n = 0; n < FEED_LIMIT; n++) {
    const publishedAt = new Date(Date.UTC(2020, 0, 1 + n)).toISOString()
    fillers.push(await payload.create({ collection: 'articles', data: { title: `Filler ${n}`, publishedAt, _status: 'published' } }))
  }
})

describe('findFeedItems', () => {
  it('merges published articles and demo reports, newest first, and stops at the limit', async () => {
    const items = await findFeedItems(payload, 'en')
    expect(items).toHaveLength(FEED_LIMIT)
    expect(items.slice(0, 4).map((item) => [item.kind, item.title, item.date])).toEqual([
      ['article', HOSTILE_TITLE, day('2025-03-01')],
      ['demo-report', 'London march for a ceasefire', day('2025-02-16')],
      ['article', 'Live title', day('2025-02-01')],
      ['article', 'Filler 49', fillers[49].publishedAt],
    ])
    // 3 recent items + 47 fillers: the three oldest fillers fall off the end.
    expect(items.at(-1)?.title).toBe('Filler 3')
  })

  it('anonymous visitors never see drafts, nor the unpublished edit of a published article', async () => {
    const items = await findFeedItems(payload, 'en')
    const titles = items.map((item) => item.title)
    expect(titles).not.toContain('Secret draft')
    expect(titles).not.toContain('Planned march')
    expect(titles).not.toContain('Unpublished edit')
    expect(items.find((item) => item.title === 'Live title')?.description).toBe('Published words')
  })

  it('filters by topic', async () => {
    const items = await findFeedItems(payload, 'en', { topicId: palestine.id })
    expect(items.map((item) => item.title)).toEqual([HOSTILE_TITLE, 'London march for a ceasefire'])
    expect(await findFeedItems(payload, 'en', { topicId: ukraine.id })).toEqual([])
  })

  it('gives absolute addresses, a description and the picture of each item', async () => {
    const [article, report, live] = await findFeedItems(payload, 'en', { limit: 3 })
    expect(article.url).toBe(`${SITE}/news/${hostile.slug}`)
    expect(article.description).toBe('Marches <b>everywhere</b> & always')
    // Wide enough for the `card` rendition, so the feed carries that rather than the 1600-pixel original.
    const card = wide.sizes?.card
    expect(card?.url).toBeTruthy()
    expect(article.image).toEqual({
      url: new URL(card?.url ?? '', SITE).href,
      mimeType: card?.mimeType,
      filesize: card?.filesize,
      width: card?.width,
      height: card?.height,
    })
    expect(report.url).toBe(`${SITE}/demos/${march.slug}`)
    expect(report.description).toBe('Ceasefire in Gaza: We carried our banner.')
    // Narrower than the card, so the original stands in.
    expect(report.image?.url).toMatch(new RegExp(`^${SITE}/api/media/file/test.*\\.jpg$`))
    expect(report.image).toMatchObject({ mimeType: 'image/jpeg', width: 640, height: 480 })
    expect(live.image?.url).toBe(report.image?.url)
  })
})

/** The Palestine topic's feed as each format's route builds it, with a hostile title in the lead. */
async function palestineChannel(file: string): Promise<FeedChannel> {
  return {
    title: 'News & <views>',
    author: 'Solidarity & <friends>',
    description: 'From Ukraine to Palestine',
    pageURL: `${SITE}/topics/palestine`,
    feedURL: `${SITE}/topics/palestine/${file}`,
    items: await findFeedItems(payload, 'en', { topicId: palestine.id }),
    language: 'en-GB',
  }
}

describe('buildRss', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })

  async function rss() {
    return buildRss(await palestineChannel('feed.xml'))
  }

  it('writes well-formed RSS 2.0 even when titles hold markup, ampersands and CDATA terminators', async () => {
    const xml = await rss()
    expect(XMLValidator.validate(xml)).toBe(true)
    const { channel } = parser.parse(xml).rss
    expect(channel.title).toBe('News & <views>')
    expect(channel.language).toBe('en-GB')
    const [first] = channel.item
    // The title is text, not markup: no element came out of it, and it reads back unchanged.
    expect(first.script).toBeUndefined()
    expect(first.title.replaceAll('\u200b', '')).toBe(HOSTILE_TITLE)
    expect(first.description).toBe('Marches <b>everywhere</b> & always')
  })

  it('links every item absolutely, with its guid, date and picture', async () => {
    const { channel } = parser.parse(await rss()).rss
    expect(channel.link).toBe(`${SITE}/topics/palestine`)
    expect(channel['atom:link']['@href']).toBe(`${SITE}/topics/palestine/feed.xml`)
    const [article, report] = channel.item
    expect(article.link).toBe(`${SITE}/news/${hostile.slug}`)
    expect(article.guid).toEqual({ '#text': article.link, '@isPermaLink': 'true' })
    expect(new Date(article.pubDate).toISOString()).toBe(day('2025-03-01'))
    expect(article.enclosure).toEqual({
      '@url': new URL(wide.sizes?.card?.url ?? '', SITE).href,
      '@type': 'image/webp',
      '@length': String(wide.sizes?.card?.filesize),
    })
    expect(report.link).toBe(`${SITE}/demos/${march.slug}`)
    expect(report.enclosure['@type']).toBe('image/jpeg')
  })
})

describe('buildAtom', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link'].includes(name) })

  async function atom() {
    const xml = buildAtom(await palestineChannel('atom.xml'))
    expect(XMLValidator.validate(xml)).toBe(true)
    return parser.parse(xml).feed
  }

  it('writes a well-formed Atom feed with the elements RFC 4287 requires, titles kept as text', async () => {
    const feed = await atom()
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed['@xml:lang']).toBe('en-GB')
    expect(feed.id).toBe(`${SITE}/topics/palestine`)
    expect(feed.title).toEqual({ '#text': 'News & <views>', '@type': 'text' })
    expect(feed.author.name).toBe('Solidarity & <friends>')
    // The feed changes only when something is published: its date is the newest entry's.
    expect(feed.updated).toBe(day('2025-03-01'))
    expect(feed.link).toEqual(
      expect.arrayContaining([
        { '@rel': 'self', '@type': 'application/atom+xml', '@href': `${SITE}/topics/palestine/atom.xml` },
        { '@rel': 'alternate', '@type': 'text/html', '@href': `${SITE}/topics/palestine` },
      ]),
    )
    const [first] = feed.entry
    expect(first.script).toBeUndefined()
    expect(first.title).toEqual({ '#text': HOSTILE_TITLE, '@type': 'text' })
    expect(first.summary['#text']).toBe('Marches <b>everywhere</b> & always')
  })

  it('carries the same items as the RSS feed, each with its id, dates, link and picture as an enclosure', async () => {
    const [article, report, ...rest] = (await atom()).entry
    expect(rest).toEqual([])
    expect(article.id).toBe(`${SITE}/news/${hostile.slug}`)
    expect([article.published, article.updated]).toEqual([day('2025-03-01'), day('2025-03-01')])
    expect(article.link).toEqual([
      { '@rel': 'alternate', '@type': 'text/html', '@href': `${SITE}/news/${hostile.slug}` },
      { '@rel': 'enclosure', '@href': new URL(wide.sizes?.card?.url ?? '', SITE).href, '@type': 'image/webp', '@length': String(wide.sizes?.card?.filesize) },
    ])
    expect(report.id).toBe(`${SITE}/demos/${march.slug}`)
    expect(report.link[1]['@type']).toBe('image/jpeg')
  })
})

describe('buildJsonFeed', () => {
  async function jsonFeed() {
    return JSON.parse(buildJsonFeed(await palestineChannel('feed.json')))
  }

  it('writes a JSON Feed 1.1 with its required fields, and every item with an id and content', async () => {
    const feed = await jsonFeed()
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'News & <views>',
      home_page_url: `${SITE}/topics/palestine`,
      feed_url: `${SITE}/topics/palestine/feed.json`,
      language: 'en-GB',
      authors: [{ name: 'Solidarity & <friends>' }],
    })
    expect(feed.items).toHaveLength(2)
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string')
      expect(typeof item.content_text).toBe('string')
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published)
    }
  })

  it('carries the same items as the RSS feed, newest first, each picture as an attachment', async () => {
    const [article, report] = (await jsonFeed()).items
    expect(article).toMatchObject({
      id: `${SITE}/news/${hostile.slug}`,
      url: `${SITE}/news/${hostile.slug}`,
      title: HOSTILE_TITLE,
      content_text: 'Marches <b>everywhere</b> & always',
      date_published: day('2025-03-01'),
      attachments: [{ url: new URL(wide.sizes?.card?.url ?? '', SITE).href, mime_type: 'image/webp', size_in_bytes: wide.sizes?.card?.filesize }],
    })
    expect(report).toMatchObject({ url: `${SITE}/demos/${march.slug}`, attachments: [expect.objectContaining({ mime_type: 'image/jpeg' })] })
  })
})

/** Every address in every part, with the parts cut small enough that the fillers need several. */
async function allSitemapEntries(partSize: number): Promise<SitemapEntry[]> {
  const parts = await findSitemapParts(payload, partSize)
  const entries = await Promise.all(parts.map((name) => findSitemapPart(payload, name, partSize)))
  return entries.flatMap((part) => part ?? [])
}

describe('the sitemap', () => {
  it('lists the fixed pages, every published document and every topic, once each, with absolute addresses', async () => {
    const entries = await allSitemapEntries(20)
    const urls = entries.map((entry) => entry.url)
    for (const path of ['/', '/news', '/demos', '/topics', '/about', '/join']) expect(urls).toContain(`${SITE}${path}`)
    expect(urls).not.toContain(`${SITE}/search`)
    expect(entries).toContainEqual(expect.objectContaining({ url: `${SITE}/news/${hostile.slug}`, lastModified: hostile.updatedAt }))
    expect(entries).toContainEqual(expect.objectContaining({ url: `${SITE}/demos/${march.slug}`, lastModified: march.updatedAt }))
    expect(urls).toContain(`${SITE}/news/${edited.slug}`)
    expect(urls).toContain(`${SITE}/topics/palestine`)
    expect(urls).toContain(`${SITE}/topics/ukraine`)
    expect(urls.filter((url) => url.includes('/news/filler-'))).toHaveLength(fillers.length)
    expect(new Set(urls).size).toBe(urls.length)
    expect(urls.every((url) => url.startsWith(`${SITE}/`))).toBe(true)
  })

  it('splits into parts of a bounded size, named in the index, and has no part beyond them', async () => {
    const parts = await findSitemapParts(payload, 20)
    const { totalDocs: articles } = await payload.count({ collection: 'articles', overrideAccess: false })
    expect(parts).toEqual(['pages.xml', ...Array.from({ length: Math.ceil(articles / 20) }, (_, index) => `articles-${index + 1}.xml`), 'demos-1.xml'])
    for (const name of parts) expect((await findSitemapPart(payload, name, 20))!.length).toBeLessThanOrEqual(20 + 5)
    for (const name of [`articles-${parts.length}.xml`, 'articles-0.xml', 'articles-01.xml', 'demos-2.xml', 'topics-1.xml', 'pages', '../pages.xml']) {
      expect(await findSitemapPart(payload, name, 20)).toBeNull()
    }
  })

  it('never lists drafts', async () => {
    const urls = (await allSitemapEntries(20)).map((entry) => entry.url)
    expect(urls).not.toContain(`${SITE}/news/${draft.slug}`)
    expect(urls).not.toContain(`${SITE}/demos/${draftMarch.slug}`)
  })
})

describe('the cached outputs', () => {
  it('are static and expire on the shared timer: feeds, calendars and sitemaps', async () => {
    // One at a time: jest's ESM loader fails on concurrent imports that share modules.
    for (const load of [
      () => import('@/app/(frontend)/[lang]/feed.xml/route'),
      () => import('@/app/(frontend)/[lang]/topics/[slug]/feed.xml/route'),
      () => import('@/app/(frontend)/[lang]/atom.xml/route'),
      () => import('@/app/(frontend)/[lang]/topics/[slug]/atom.xml/route'),
      () => import('@/app/(frontend)/[lang]/feed.json/route'),
      () => import('@/app/(frontend)/[lang]/topics/[slug]/feed.json/route'),
      () => import('@/app/(frontend)/[lang]/calendar.ics/route'),
      () => import('@/app/(frontend)/[lang]/meetings/[slug]/calendar.ics/route'),
      () => import('@/app/(frontend)/[lang]/demos/[slug]/calendar.ics/route'),
      () => import('@/app/(frontend)/sitemap.xml/route'),
      () => import('@/app/(frontend)/sitemaps/[part]/route'),
      () => import('@/app/robots'),
    ]) {
      const route = await load()
      expect([route.dynamic, route.revalidate]).toEqual(['force-static', REVALIDATE_SECONDS])
    }
  })
})

describe('meetings in the feeds', () => {
  const meeting = (title: string, startsAt: string, extra: Record<string, unknown>) =>
    payload.create({
      collection: 'meetings',
      data: { title, startsAt, endsAt: new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString(), place: 'Conway Hall, London', ...extra },
      draft: extra._status === 'draft',
    })

  it('announce a published meeting with when and where it is, and a cancelled one as cancelled, never a draft', async () => {
    await meeting('Winter discussion', '2025-12-11T19:00:00.000Z', { topics: [ukraine.id], publishedAt: day('2025-06-02'), _status: 'published' })
    await meeting('Spring discussion', '2026-03-12T19:00:00.000Z', { status: 'cancelled', publishedAt: day('2025-06-01'), _status: 'published' })
    await meeting('Unannounced discussion', '2026-04-09T18:00:00.000Z', { publishedAt: day('2025-06-03'), _status: 'draft' })
    const [winter, spring, next] = await findFeedItems(payload, 'en')
    expect(winter).toEqual({
      kind: 'meeting',
      title: 'Winter discussion',
      url: `${SITE}/meetings/winter-discussion`,
      date: day('2025-06-02'),
      // In the group's time zone (London by default), whoever reads the feed.
      description: 'Thursday, 11 December 2025, 19:00–21:00. Conway Hall, London',
    })
    expect([spring.title, spring.url]).toEqual(['Cancelled: Spring discussion', `${SITE}/meetings/spring-discussion`])
    expect(next.title).toBe(HOSTILE_TITLE)
    expect((await findFeedItems(payload, 'en', { topicId: ukraine.id })).map((item) => item.title)).toEqual(['Winter discussion'])
    const uk = await findFeedItems(payload, 'uk')
    expect(uk.map((item) => item.title)).not.toContain('Winter discussion')
  })
})
