import sharp from 'sharp'

/** A rectangle as fractions of the picture's width and height, so it does not depend on display size. */
export type Region = { x: number; y: number; width: number; height: number }

/** Each region keeps at most this many blocks along its longer side: a face becomes a few flat tiles. */
const BLOCKS_ALONG_LONG_SIDE = 6

function toPixels(region: Region, width: number, height: number) {
  const left = Math.max(0, Math.floor(region.x * width))
  const top = Math.max(0, Math.floor(region.y * height))
  const right = Math.min(width, Math.ceil((region.x + region.width) * width))
  const bottom = Math.min(height, Math.ceil((region.y + region.height) * height))
  return { left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) }
}

/**
 * Destroys what is inside each region: the pixels are averaged into a few large blocks, then
 * blurred, and the result is written over the original. No sharpening can bring back detail that
 * was averaged away, and the unblurred pixels are not kept anywhere.
 */
export async function blurRegions(image: Buffer, regions: Region[]): Promise<Buffer> {
  const { width = 0, height = 0, format } = await sharp(image).metadata()
  const overlays = await Promise.all(
    regions.map(async (region) => {
      const box = toPixels(region, width, height)
      const scale = BLOCKS_ALONG_LONG_SIDE / Math.max(box.width, box.height)
      const blocks = await sharp(image)
        .extract(box)
        .resize(Math.max(1, Math.round(box.width * scale)), Math.max(1, Math.round(box.height * scale)), { kernel: 'cubic' })
        .toBuffer()
      const destroyed = await sharp(blocks)
        .resize(box.width, box.height, { kernel: 'nearest' })
        .blur(Math.max(2, Math.min(box.width, box.height) / 12))
        .toBuffer()
      return { input: destroyed, left: box.left, top: box.top }
    }),
  )
  return sharp(image).composite(overlays).toFormat(format ?? 'jpeg').toBuffer()
}
