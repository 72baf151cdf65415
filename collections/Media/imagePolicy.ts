/** What an organiser may upload: ordinary photos, no bigger than a phone or camera makes them. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024
/** Larger images are refused before decoding: a small file can unpack to gigabytes of pixels. */
export const MAX_PIXELS = 80_000_000

/** sharp's name for a format → the MIME type and file extensions it may arrive with. */
export const ACCEPTED_FORMATS = {
  jpeg: { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { mimeType: 'image/png', extensions: ['png'] },
  webp: { mimeType: 'image/webp', extensions: ['webp'] },
  heif: { mimeType: 'image/avif', extensions: ['avif'] },
} as const

export type AcceptedFormat = keyof typeof ACCEPTED_FORMATS

export const ACCEPTED_MIME_TYPES = Object.values(ACCEPTED_FORMATS).map((format) => format.mimeType)
