import { Feed } from 'feed'

import { type FeedChannel, withoutCharactersXmlForbids } from '@/lib/feeds/channel'

/**
 * `feed` writes titles and descriptions as CDATA, and its XML writer (xml-js) splits only the first
 * "]]>" out of a section; a second would end the section early. An invisible zero-width space
 * between "]]" and ">" keeps every such sequence inside.
 */
function xmlText(text: string): string {
  return withoutCharactersXmlForbids(text).replaceAll(']]>', ']]\u200b>')
}

export function buildRss({ title, description, pageURL, feedURL, items, language }: FeedChannel): string {
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
