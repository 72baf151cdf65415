import type { IncomingMessage, ServerResponse } from 'node:http'

import { normalisedPath } from '@/server/normalisedPath'

/** API reads worked on at once; the rest wait their turn. */
export const READS_AT_ONCE = 4
/** Beyond this many waiting, a request is turned away at once rather than held. */
export const MOST_WAITING = 512

/**
 * The REST and GraphQL API's reads, each worked out from the database. Files, the health check
 * (a monitor must hear at once how the server is), uploads, saves and pages are never held back.
 */
export function isApiRead(req: IncomingMessage): boolean {
  if (req.method !== 'GET') return false
  const path = normalisedPath(req.url ?? '/') ?? ''
  return path.startsWith('/api/') && !path.startsWith('/api/media/file/') && path !== '/api/health'
}

/**
 * Takes requests in turn, a few at a time. Node interleaves every request in progress: with 32 API
 * reads at once each took as long as all 32 together and the unluckiest far longer (p99 4.2 s
 * against a median of 0.5 s at 10,000 articles), and every half-finished answer sat in memory. In
 * turn, each waits for those ahead of it and no longer (p99 0.7–0.9 s).
 */
export function createApiAdmission(atOnce = READS_AT_ONCE, mostWaiting = MOST_WAITING) {
  let running = 0
  const waiting: (() => void)[] = []

  /** Runs `handle` when a turn is free, or returns false when too many are already waiting. */
  return function admit(res: ServerResponse, handle: () => void): boolean {
    if (running >= atOnce && waiting.length >= mostWaiting) return false
    let started = false
    const start = () => {
      started = true
      running++
      handle()
    }
    // A visitor who gives up while waiting leaves the queue; one who was served frees the turn.
    res.once('close', () => {
      if (!started) {
        const place = waiting.indexOf(start)
        if (place >= 0) waiting.splice(place, 1)
        return
      }
      running--
      waiting.shift()?.()
    })
    if (running < atOnce) start()
    else waiting.push(start)
    return true
  }
}
