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
  /**
   * Whether every change, on whichever instance it is made, reaches this process. Among many
   * instances that takes Redis; while it is away a kept page could outlive a change made elsewhere.
   */
  changesReachUs: boolean
}

/**
 * How long after a change renders that began before it may still finish and be stored. Caches keep
 * nothing new for this long, and expiries are applied once more when it has passed.
 */
export const RENDERS_SETTLE_MS = 1000

const RECORD = Symbol.for('solidarity-news.contentChanges')

function record(): ContentChanges {
  const holder = globalThis as { [RECORD]?: ContentChanges }
  holder[RECORD] ??= { count: 0, at: Number.NEGATIVE_INFINITY, changesReachUs: true }
  return holder[RECORD]
}

/** Called wherever a change expires cached pages: what the site shows may now be different. */
export function noteContentChanged(): void {
  const changes = record()
  changes.count += 1
  changes.at = Date.now()
}

/** Set as the connection that brings other instances' changes comes and goes. */
export function setChangesReachUs(reach: boolean): void {
  record().changesReachUs = reach
  // Whatever was kept may have missed a change, and pages rendered before now may be old.
  noteContentChanged()
}

export function contentChanges(): Readonly<ContentChanges> {
  return record()
}
