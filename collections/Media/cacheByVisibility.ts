import type { CollectionConfig } from 'payload'

import type { Media } from '@/payload-types'

/** One of `upload.handlers`: Payload calls each in turn with the same `headers`, until one answers. */
export type FileHandler = NonNullable<Extract<CollectionConfig['upload'], object>['handlers']>[number]

/** A file's name changes whenever its bytes do (a blur stores new names), so a public file never goes stale. */
export const PUBLIC_FILE_CACHE = 'public, max-age=31536000, immutable'
export const PRIVATE_FILE_CACHE = 'private, no-store'

/**
 * Lets browsers and shared caches keep a public photo's files for a year, and nobody keep a file of a
 * photo in review. Payload hands these headers to the next handler, which sends them with the file:
 * the bucket's, or `serveFromFolder` without a bucket (Payload's own fallback would drop them).
 * `doc` is the photo only when access was limited to public ones (a visitor); for an editor Payload
 * looks nothing up, so their copies are private too.
 */
export const cacheByVisibility: FileHandler = (_req, { doc, headers }) => {
  headers?.set('Cache-Control', (doc as Media | undefined)?.visibility === 'public' ? PUBLIC_FILE_CACHE : PRIVATE_FILE_CACHE)
}
