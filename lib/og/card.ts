import path from 'node:path'

import sharp from 'sharp'

import { escapeMarkup } from '@/lib/text/escapeMarkup'

const WIDTH = 1200
const HEIGHT = 630
const STRIPE = 28
const MARGIN = 80
const TEXT_WIDTH = WIDTH - 2 * MARGIN
/** Space kept clear above and below the text, so no line ever touches the stripe or the card's edge. */
const PADDING = 48
const TEXT_HEIGHT = HEIGHT - STRIPE - 2 * PADDING
const GAP = 32

/**
 * Fonts are files shipped in npm packages, so the card looks the same on a machine with no fonts
 * installed. DejaVu draws Latin and Cyrillic; Noto Sans Arabic, a face designed for Arabic (DejaVu's
 * Arabic is blocky) that also carries Latin, so a Latin site name in an Arabic card matches it.
 * Arabic letters reach further below the baseline, hence its looser leading.
 * Literal paths, so Next's file tracing copies exactly these files into a deployment.
 */
const FONTS = {
  ltr: {
    family: 'DejaVu Sans',
    bold: path.join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
    regular: path.join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    leading: { heading: 1.15, subheading: 1.3 },
  },
  rtl: {
    family: 'Noto Sans Arabic',
    bold: path.join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
    regular: path.join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
    leading: { heading: 1.45, subheading: 1.6 },
  },
}

/**
 * Pango picks each paragraph's direction from its first strong character and markup cannot set it,
 * so an invisible mark (RLM or LRM) decides it: an Arabic heading that opens with a Latin name still
 * runs right to left, and an English one that opens with an Arabic quotation still runs left to right.
 */
const DIRECTION_MARK = { ltr: '\u200E', rtl: '\u200F' }

type Direction = 'ltr' | 'rtl'
type Block = { text: string; bold: boolean; size: number; color: string; maxLines: number }


/** The distance from one line to the next, in pixels. */
function pitch(block: Block, direction: Direction): number {
  return block.size * FONTS[direction].leading[block.bold ? 'heading' : 'subheading']
}

function textImage(text: string, block: Block, direction: Direction) {
  const font = FONTS[direction]
  // line_height is absolute, in 1024ths of a point; at 72 dpi a point is a pixel.
  const lineHeight = Math.round(pitch(block, direction) * 1024)
  return sharp({
    text: {
      // The mark goes inside the span: left outside, it keeps the first line at the font's own height.
      text: `<span foreground="${block.color}" line_height="${lineHeight}">${DIRECTION_MARK[direction]}${escapeMarkup(text)}</span>`,
      fontfile: block.bold ? font.bold : font.regular,
      font: `${font.family}${block.bold ? ' Bold' : ''} ${block.size}`,
      width: TEXT_WIDTH,
      dpi: 72,
      rgba: true,
      // Pango swaps left and right for a right-to-left paragraph, so 'left' means the start side in both.
      align: 'left',
      // A word longer than the line is broken between letters rather than running off the card.
      wrap: 'word-char',
    },
  })
}

/**
 * libvips does not expose Pango's ellipsizing, and a fixed box would make sharp shrink the font to
 * fit it (a long title would come out tiny). So the text keeps its size and is cut instead: the
 * longest prefix, ended at a word where there is one, that fits the height with an ellipsis.
 */
async function fit(block: Block, direction: Direction, maxHeight: number): Promise<Buffer | undefined> {
  // Half a line of slack: the image also holds ink that hangs below the last line's box.
  const limit = Math.min(maxHeight, (block.maxLines + 0.5) * pitch(block, direction))
  const fits = async (text: string) => ((await textImage(text, block, direction).metadata()).height ?? Infinity) <= limit
  if (await fits(block.text)) return textImage(block.text, block, direction).png().toBuffer()

  const graphemes = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(block.text), (s) => s.segment)
  const cut = (count: number) => {
    const prefix = graphemes.slice(0, count).join('')
    const wordEnd = prefix.lastIndexOf(' ')
    return `${(wordEnd > 0 ? prefix.slice(0, wordEnd) : prefix).trimEnd()}…`
  }
  let low = 0
  let high = graphemes.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (await fits(cut(middle))) low = middle
    else high = middle - 1
  }
  if (low === 0) return undefined
  return textImage(cut(low), block, direction).png().toBuffer()
}

/** The 1200×630 link-preview card: a red stripe, then the heading and subheading set from the start side. */
export async function renderCard({
  heading,
  subheading,
  direction,
}: {
  heading: string
  subheading?: string
  direction: 'ltr' | 'rtl'
}): Promise<Buffer> {
  // A line break typed into a title would start a new paragraph, whose direction Pango guesses anew.
  const clean = (text = '') => text.replace(/\s+/g, ' ').trim()
  const title = clean(heading)
  const subtitle = clean(subheading)

  const head = title
    ? await fit({ text: title, bold: true, size: title.length > 30 ? 64 : 96, color: '#1b1b1f', maxLines: 3 }, direction, TEXT_HEIGHT)
    : undefined
  const headHeight = head ? ((await sharp(head).metadata()).height ?? 0) : 0
  const room = TEXT_HEIGHT - (head ? headHeight + GAP : 0)
  const sub = subtitle && room > 0 ? await fit({ text: subtitle, bold: false, size: 44, color: '#55565e', maxLines: 3 }, direction, room) : undefined

  const parts = [head, sub].filter((part): part is Buffer => part !== undefined)
  const sizes = await Promise.all(parts.map((part) => sharp(part).metadata()))
  const blockHeight = sizes.reduce((sum, size) => sum + (size.height ?? 0), 0) + GAP * (parts.length - 1)
  let top = STRIPE + Math.round((HEIGHT - STRIPE - blockHeight) / 2)
  const layers = parts.map((input, index) => {
    const { width = 0, height = 0 } = sizes[index]
    const layer = { input, top, left: direction === 'rtl' ? WIDTH - MARGIN - width : MARGIN }
    top += height + GAP
    return layer
  })

  return sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#fbfaf7' } })
    .composite([
      { input: { create: { width: WIDTH, height: STRIPE, channels: 3, background: '#a3161b' } }, top: 0, left: 0 },
      ...layers,
    ])
    .png()
    .toBuffer()
}
