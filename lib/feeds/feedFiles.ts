/**
 * The three formats every feed is offered in, by the file name that ends its address (`/feed.xml`,
 * `/topics/<slug>/atom.xml`), the media type it is served and announced as, and the format's own name. One list, so the
 * routes, the page head, the cache plan and the proxy rules name the same addresses.
 */
export const FEED_FILES = {
  rss: { file: 'feed.xml', type: 'application/rss+xml', name: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', name: 'Atom' },
  json: { file: 'feed.json', type: 'application/feed+json', name: 'JSON Feed' },
} as const

export type FeedFormat = keyof typeof FEED_FILES

export const FEED_FORMATS = Object.keys(FEED_FILES) as FeedFormat[]

/** A feed's path under a page's path: `/` gives `/atom.xml`, `/topics/gaza` gives `/topics/gaza/atom.xml`. */
export const feedPath = (pagePath: string, format: FeedFormat) => `${pagePath.replace(/\/$/, '')}/${FEED_FILES[format].file}`

/** Every feed that follows a page, one per format. */
export const feedPaths = (pagePath: string) => FEED_FORMATS.map((format) => feedPath(pagePath, format))
