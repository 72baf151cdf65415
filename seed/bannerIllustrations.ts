import { createRequire } from 'node:module'
import path from 'node:path'

import sharp from 'sharp'

const require = createRequire(import.meta.url)
/** Shipped with the npm package so the lettering looks the same on a machine with no fonts installed. */
const FONT_FILE = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans-Bold.ttf')

const WIDTH = 1600
const HEIGHT = 1000

type Cloth = { name: string; cloth: [number, number, number]; ink: string; accent: string; alt: string }

/** Three colourways of the banner; none is a photograph, and each says so in its corner. */
export const BANNER_ILLUSTRATIONS: Cloth[] = [
  {
    name: 'banner-illustration-white-cloth',
    cloth: [236, 230, 214],
    ink: '#1d1d1f',
    accent: '#b3121a',
    alt: 'Illustration of the banner: "From Ukraine to Palestine, Occupation is a crime" in black and red on white cloth.',
  },
  {
    name: 'banner-illustration-red-cloth',
    cloth: [158, 24, 30],
    ink: '#fbf6ec',
    accent: '#ffd23f',
    alt: 'Illustration of the banner: "From Ukraine to Palestine, Occupation is a crime" in white and yellow on red cloth.',
  },
  {
    name: 'banner-illustration-dark-cloth',
    cloth: [28, 36, 52],
    ink: '#f4f1ea',
    accent: '#7bd389',
    alt: 'Illustration of the banner: "From Ukraine to Palestine, Occupation is a crime" in white and green on dark cloth.',
  },
]

/** A woven look: per-pixel noise over the cloth colour, softened so it reads as fabric, not static. */
async function cloth([r, g, b]: [number, number, number], seed: number): Promise<Buffer> {
  const pixels = Buffer.alloc(WIDTH * HEIGHT * 3)
  let state = seed
  for (let i = 0; i < WIDTH * HEIGHT; i++) {
    state = (state * 1664525 + 1013904223) >>> 0
    const grain = ((state >>> 24) % 24) - 12
    const weave = (i % WIDTH) % 6 < 3 ? 4 : -4
    pixels[i * 3] = Math.max(0, Math.min(255, r + grain + weave))
    pixels[i * 3 + 1] = Math.max(0, Math.min(255, g + grain + weave))
    pixels[i * 3 + 2] = Math.max(0, Math.min(255, b + grain + weave))
  }
  return sharp(pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } }).blur(0.8).png().toBuffer()
}

/** Lettering scaled by sharp to fill the given box. */
async function lettering(markup: string, width: number, height: number): Promise<Buffer> {
  return sharp({
    text: { text: markup, fontfile: FONT_FILE, font: 'DejaVu Sans Bold', width, height, rgba: true, align: 'centre' },
  })
    .png()
    .toBuffer()
}

export async function drawBannerIllustration(design: Cloth, seed: number): Promise<Buffer> {
  const words = await lettering(
    `<span foreground="${design.ink}">FROM UKRAINE TO PALESTINE</span>\n<span foreground="${design.accent}">OCCUPATION IS A CRIME</span>`,
    WIDTH - 240,
    320,
  )
  const label = await lettering(`<span foreground="${design.ink}">ILLUSTRATION</span>`, 260, 36)
  const wordsSize = await sharp(words).metadata()
  const labelSize = await sharp(label).metadata()
  return sharp(await cloth(design.cloth, seed))
    .composite([
      {
        input: words,
        left: Math.round((WIDTH - (wordsSize.width ?? 0)) / 2),
        top: Math.round((HEIGHT - (wordsSize.height ?? 0)) / 2),
      },
      { input: label, left: WIDTH - (labelSize.width ?? 0) - 32, top: HEIGHT - (labelSize.height ?? 0) - 24 },
    ])
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer()
}
