import type { FeedItem } from '@/lib/queries/outputs'

/** One feed's content, whatever format it is written in: RSS, Atom and JSON Feed carry the same items. */
export type FeedChannel = {
  title: string
  description: string
  /** The page this feed follows: the home page, or a topic's page. */
  pageURL: string
  /** The feed's own address, announced in it (`rel="self"`, `feed_url`) so readers can find it again. */
  feedURL: string
  items: FeedItem[]
  /** The language the feed is written in, as the page it follows. */
  language: string
  /** Who writes the feed: the group's name. Atom requires an author. */
  author: string
}

/** Characters XML 1.0 forbids anywhere, even escaped: one pasted into a title would make the whole feed unreadable. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g

export const withoutCharactersXmlForbids = (text: string) => text.replace(NOT_XML, '')
