import { Feed } from 'feed'

import { REVALIDATE_SECONDS } from '@/lib/cache/tags'

import type { FeedItem } from '@/lib/queries/outputs'

export type RssChannel = {
  title: string
  description: string
  /** The page this feed follows: the home page, or a topic's page. */
  pageURL: string
  /** The feed's own address, announced as `atom:link rel="self"` so readers can find it again. */
  feedURL: string
  items: FeedItem[]
  /** The language the feed is written in, as the page it follows. */
  language: string
}

/** Characters XML 1.0 forbids anywhere, even escaped: one pasted into a title would make the whole feed unreadable. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g

/**
 * `feed` writes titles and descriptions as CDATA, and its XML writer (xml-js) splits only the first
 * "]]>" out of a section; a second would end the section early. An invisible zero-width space
 * between "]]" and ">" keeps every such sequence inside.
 */
function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replaceAll(']]>', ']]\u200b>')
}

export function buildRss({ title, description, pageURL, feedURL, items, language }: RssChannel): string {
  const feed = new Feed({
    id: pageURL,
    title: xmlText(title),
    description: xmlText(description),
    link: pageURL,
    language,
    feedLinks: { rss: feedURL },
  })
  for (const item of items) {
    feed.addItem({
      title: xmlText(item.title),
      link: item.url,
      date: new Date(item.date),
      description: xmlText(item.description),
      enclosure: item.image && { url: item.image.url, type: item.image.mimeType, length: item.image.filesize },
    })
  }
  return feed.rss2()
}

/**
 * Readers must ask again every time (cheap: the server answers from its own cache, or a 304), so a
 * publication reaches them as soon as the cache tags expire. A proxy in front may keep a feed as it
 * keeps pages: every change that shows in a feed purges it (lib/cache/plan.ts).
 */
export function rssResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': `public, max-age=0, s-maxage=${REVALIDATE_SECONDS}`,
    },
  })
}
