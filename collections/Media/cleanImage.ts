import exifr from 'exifr'
import { APIError } from 'payload'
import sharp, { type Metadata, type OutputInfo, type Sharp } from 'sharp'

import { ACCEPTED_FORMATS, type AcceptedFormat, MAX_PIXELS, MAX_UPLOAD_BYTES } from '@/collections/Media/imagePolicy'

/** A refused upload: a 400 whose message an organiser can act on. */
export class RejectedUpload extends APIError {
  constructor(message: string) {
    super(message, 400, null, true)
  }
}

export type CleanImage = {
  data: Buffer
  mimeType: string
  width: number
  height: number
  /** When the photo was taken, from the camera's clock; the only thing kept from its metadata. */
  takenAt: string | null
  /** A tiny blurred version, inlined in pages so the picture's place is never empty. */
  placeholder: string
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

function extensionOf(name: string): string {
  return name.toLowerCase().split('.').pop() ?? ''
}

/** SVG is XML text: recognised by its content, whatever the file is called. */
function looksLikeSvg(data: Buffer): boolean {
  return /<svg[\s>]/i.test(data.subarray(0, 4096).toString('utf8'))
}

async function readFormat(data: Buffer): Promise<{ format: AcceptedFormat; width: number; height: number }> {
  if (looksLikeSvg(data)) {
    throw new RejectedUpload('SVG drawings are not accepted: they can carry scripts. Upload a JPEG, PNG, WebP or AVIF image.')
  }
  let metadata: Metadata
  try {
    metadata = await sharp(data, { limitInputPixels: MAX_PIXELS }).metadata()
  } catch {
    throw new RejectedUpload('This file is not an image we can read (it may be damaged). Upload a JPEG, PNG, WebP or AVIF photo.')
  }
  if (metadata.format === 'heif' && metadata.compression === 'hevc') {
    throw new RejectedUpload(
      'HEIC photos (the iPhone default) cannot be read here. Share the photo as JPEG, or set the camera to "Most Compatible", and upload it again.',
    )
  }
  if (!metadata.format || !(metadata.format in ACCEPTED_FORMATS)) {
    throw new RejectedUpload(`${metadata.format?.toUpperCase() ?? 'This'} files are not accepted. Upload a JPEG, PNG, WebP or AVIF photo.`)
  }
  const width = metadata.width ?? 0
  const height = metadata.height ?? 0
  if (width * height > MAX_PIXELS) {
    throw new RejectedUpload(`This image is ${Math.round((width * height) / 1e6)} megapixels; the limit is ${MAX_PIXELS / 1e6}.`)
  }
  return { format: metadata.format as AcceptedFormat, width, height }
}

async function readTakenAt(data: Buffer): Promise<string | null> {
  try {
    const exif = await exifr.parse(data, { pick: ['DateTimeOriginal', 'CreateDate'] })
    const taken = exif?.DateTimeOriginal ?? exif?.CreateDate
    return taken instanceof Date && !Number.isNaN(taken.getTime()) ? taken.toISOString() : null
  } catch {
    return null
  }
}

function encode(image: Sharp, format: AcceptedFormat): Sharp {
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 90 })
    case 'png':
      return image.png({ compressionLevel: 9 })
    case 'webp':
      return image.webp({ quality: 90 })
    case 'heif':
      return image.avif({ quality: 70 })
  }
}

/**
 * Checks an upload and rewrites it so that nothing but pixels is stored: turned upright by its EXIF
 * orientation, then re-encoded, which drops EXIF, GPS, XMP, IPTC, maker notes and embedded
 * thumbnails (sharp keeps no metadata unless asked). The capture date is read first, and kept.
 */
export async function cleanImage(file: {
  data: Buffer
  name: string
  size: number
  /** Set when the upload was cut off at the size limit while it arrived. */
  truncated?: boolean
}): Promise<CleanImage> {
  if (file.truncated || file.size > MAX_UPLOAD_BYTES || file.data.length > MAX_UPLOAD_BYTES) {
    throw new RejectedUpload(`This file is larger than ${megabytes(MAX_UPLOAD_BYTES)}, the limit. Export a smaller copy and upload that.`)
  }
  const { format } = await readFormat(file.data)
  const expected = ACCEPTED_FORMATS[format]
  if (!(expected.extensions as readonly string[]).includes(extensionOf(file.name))) {
    throw new RejectedUpload(
      `This file is named "${file.name}" but contains a ${format === 'heif' ? 'AVIF' : format.toUpperCase()} image. Rename it to .${expected.extensions[0]} or export it again.`,
    )
  }
  const takenAt = await readTakenAt(file.data)
  let data: Buffer
  let info: OutputInfo
  try {
    ;({ data, info } = await encode(sharp(file.data, { limitInputPixels: MAX_PIXELS }).rotate(), format).toBuffer({
      resolveWithObject: true,
    }))
  } catch {
    throw new RejectedUpload('This image is damaged and cannot be read. Export it again and upload the new file.')
  }
  const placeholder = await sharp(data).resize(16, 16, { fit: 'inside' }).blur(1).webp({ quality: 40 }).toBuffer()
  return {
    data,
    mimeType: expected.mimeType,
    width: info.width,
    height: info.height,
    takenAt,
    placeholder: `data:image/webp;base64,${placeholder.toString('base64')}`,
  }
}
