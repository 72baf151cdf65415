import { createRequire } from 'node:module'
import zlib from 'node:zlib'

import sharp from 'sharp'

const require = createRequire(import.meta.url)
const piexif = require('piexifjs')

export const CAMERA_SERIAL = 'SN-SECRET-4242'

/** A small real image, made on the spot so no binary test file is committed. */
export async function testImage(width = 640, height = 480, format: 'jpeg' | 'png' = 'jpeg'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 180, g: 30, b: 40 } } })
    [format]()
    .toBuffer()
}

/** A photo with varied detail (random noise), so that blurring is measurable. */
export async function noisyPhoto(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  let state = 12345
  for (let i = 0; i < pixels.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0
    pixels[i] = state >>> 24
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer()
}

/**
 * A JPEG as a phone writes it: GPS position, camera make, model and serial number, capture date,
 * an orientation flag (rotate 90°) and an embedded thumbnail.
 */
export async function phonePhoto(width = 640, height = 480): Promise<Buffer> {
  const jpeg = await noisyPhoto(width, height)
  const thumbnail = await sharp(jpeg).resize(160).jpeg().toBuffer()
  const exif = piexif.dump({
    '0th': {
      [piexif.ImageIFD.Make]: 'PhoneMaker',
      [piexif.ImageIFD.Model]: 'Phone 15 Pro',
      [piexif.ImageIFD.Orientation]: 6,
    },
    Exif: {
      [piexif.ExifIFD.DateTimeOriginal]: '2024:06:08 13:45:10',
      [piexif.ExifIFD.BodySerialNumber]: CAMERA_SERIAL,
    },
    GPS: {
      [piexif.GPSIFD.GPSLatitudeRef]: 'N',
      [piexif.GPSIFD.GPSLatitude]: [
        [51, 1],
        [30, 1],
        [2633, 100],
      ],
      [piexif.GPSIFD.GPSLongitudeRef]: 'W',
      [piexif.GPSIFD.GPSLongitude]: [
        [0, 1],
        [7, 1],
        [3999, 100],
      ],
    },
    '1st': { [piexif.ImageIFD.JPEGInterchangeFormat]: 0, [piexif.ImageIFD.JPEGInterchangeFormatLength]: 0 },
    thumbnail: thumbnail.toString('binary'),
  })
  return Buffer.from(piexif.insert(exif, jpeg.toString('binary')), 'binary')
}

/** A PNG whose header claims a huge canvas: the shape of a decompression bomb, a few bytes long. */
export function pixelBomb(width = 10_000, height = 9_000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlib.crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.writeUInt8(8, 8)
  header.writeUInt8(0, 9)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(64))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
