/**
 * When public content last changed, as the server's page cache (server/pageCache.ts) needs to know.
 * Next bundles the app's code apart from the server's, so each has its own copy of this module: the
 * record lives on `globalThis`, which the one process shares.
 */
type ContentChanges = {
  /** Goes up by one at every change; a page stored under an older count is out of date. */
  count: number
  /** `Date.now()` of the last change. */
  at: number
}

const RECORD = Symbol.for('solidarity-news.contentChanges')

function record(): ContentChanges {
  const holder = globalThis as { [RECORD]?: ContentChanges }
  holder[RECORD] ??= { count: 0, at: Number.NEGATIVE_INFINITY }
  return holder[RECORD]
}

/** Called wherever Next's cache is expired: what the site shows may now be different. */
export function noteContentChanged(): void {
  const changes = record()
  changes.count += 1
  changes.at = Date.now()
}

export function contentChanges(): Readonly<ContentChanges> {
  return record()
}
