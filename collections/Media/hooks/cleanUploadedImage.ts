import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import type { Media } from '@/payload-types'

import { cleanImage } from '@/collections/Media/cleanImage'

type Cleaned = { takenAt: string | null; placeholder: string }

/**
 * Runs before Payload stores or resizes anything: a refused file stops here, with nothing written,
 * and an accepted one is replaced by its metadata-free rewrite, so every size is made from that.
 */
export const cleanUploadedImage: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const clean = await cleanImage(req.file as typeof req.file & { truncated?: boolean })
  req.file.data = clean.data
  req.file.size = clean.data.length
  req.file.mimetype = clean.mimeType
  req.context.cleanedImage = { takenAt: clean.takenAt, placeholder: clean.placeholder } satisfies Cleaned
  return args
}

/**
 * Stores what was read from the file: the placeholder, and the capture date unless an editor typed
 * one. A photo whose camera recorded no date is dated by its upload, so the archive can order it.
 */
export const recordCleanedImage: CollectionBeforeChangeHook<Media> = ({ data, operation, originalDoc, req }) => {
  const cleaned = req.context.cleanedImage as Cleaned | undefined
  if (!cleaned) return data
  const fallback = operation === 'create' ? new Date().toISOString() : originalDoc?.takenAt
  return { ...data, placeholder: cleaned.placeholder, takenAt: data.takenAt ?? cleaned.takenAt ?? fallback }
}
