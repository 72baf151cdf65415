import { describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { renderCard } from '@/lib/og/card'

const WIDTH = 1200
const HEIGHT = 630
const MARGIN = 80
const STRIPE = 28

type Card = Parameters<typeof renderCard>[0]

/** Where the text's ink lies between two rows: pixels clearly darker than the #fbfaf7 background. */
function inkBetween(data: Buffer, channels: number, top: number, bottom: number) {
  let left = Infinity
  let right = -Infinity
  let lowest = -Infinity
  let count = 0
  let sumX = 0
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const i = (y * WIDTH + x) * channels
      if (Math.min(data[i], data[i + 1], data[i + 2]) >= 160) continue
      left = Math.min(left, x)
      right = Math.max(right, x)
      lowest = Math.max(lowest, y)
      count += 1
      sumX += x
    }
  }
  return { left, right, bottom: lowest, count, width: right - left + 1, centre: sumX / count }
}

/** The ink of the whole text, and of its last line alone (the band just above the lowest ink). */
async function ink(card: Card) {
  const { data, info } = await sharp(await renderCard(card)).raw().toBuffer({ resolveWithObject: true })
  const all = inkBetween(data, info.channels, STRIPE, HEIGHT)
  return { ...all, lastLine: inkBetween(data, info.channels, all.bottom - 40, all.bottom + 1) }
}

describe('the link-preview card', () => {
  it('is a 1200×630 PNG with a red stripe across the top', async () => {
    const png = await renderCard({ heading: 'Solidarity News', direction: 'ltr' })
    const { format, width, height } = await sharp(png).metadata()
    expect({ format, width, height }).toEqual({ format: 'png', width: WIDTH, height: HEIGHT })

    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true })
    const pixel = (x: number, y: number) => [...data.subarray((y * WIDTH + x) * info.channels, (y * WIDTH + x) * info.channels + 3)]
    expect(pixel(0, 0)).toEqual([0xa3, 0x16, 0x1b])
    expect(pixel(WIDTH - 1, STRIPE - 1)).toEqual([0xa3, 0x16, 0x1b])
    expect(pixel(WIDTH / 2, STRIPE)).toEqual([0xfb, 0xfa, 0xf7])
  })

  it('sets an English heading from the left margin', async () => {
    const english = await ink({ heading: 'From Ukraine to Palestine, occupation is a crime', direction: 'ltr' })
    expect(english.left).toBeGreaterThanOrEqual(MARGIN)
    expect(english.left).toBeLessThan(MARGIN + 12)
    expect(english.centre).toBeLessThan(WIDTH / 2)
  })

  it('sets an Arabic heading from the right margin, leaving the left margin empty', async () => {
    const arabic = await ink({ heading: 'من أوكرانيا إلى فلسطين، الاحتلال جريمة', direction: 'rtl' })
    expect(arabic.right).toBeLessThan(WIDTH - MARGIN)
    expect(arabic.right).toBeGreaterThan(WIDTH - MARGIN - 12)
    expect(arabic.left).toBeGreaterThan(MARGIN + 80)
    expect(arabic.centre).toBeGreaterThan(WIDTH / 2)
  })

  it('keeps an Arabic card right to left even when its text opens with a Latin name', async () => {
    const card = await ink({ heading: 'Solidarity News: من أوكرانيا إلى فلسطين، الاحتلال جريمة', direction: 'rtl' })
    // Laid out left to right, the short last line would start at the left edge of the text.
    expect(card.lastLine.right).toBeGreaterThan(WIDTH - MARGIN - 12)
    expect(card.lastLine.left).toBeGreaterThan(card.left + 80)
  })

  it('keeps an English card left to right even when its text opens with an Arabic quotation', async () => {
    const card = await ink({ heading: '«الاحتلال جريمة» is painted on the banner carried through the city', direction: 'ltr' })
    expect(card.lastLine.left).toBeLessThan(MARGIN + 12)
    expect(card.lastLine.right).toBeLessThan(card.right - 80)
  })

  it('joins Arabic letters instead of setting each one alone', async () => {
    const joined = await ink({ heading: 'فلسطين', direction: 'rtl' })
    // A zero-width non-joiner between the letters forces their isolated forms, which are wider.
    const isolated = await ink({ heading: [...'فلسطين'].join('\u200C'), direction: 'rtl' })
    expect(joined.width).toBeLessThan(isolated.width * 0.9)
  })

  it('draws Ukrainian letters with their own shapes, not missing-glyph boxes', async () => {
    const ukrainian = await ink({ heading: 'Україна', direction: 'ltr' })
    // A private-use character no shipped font covers: each draws as the same fixed-width box.
    const boxes = await ink({ heading: '\uE000'.repeat(7), direction: 'ltr' })
    expect(Math.abs(ukrainian.width - boxes.width)).toBeGreaterThan(boxes.width * 0.1)
    const narrow = await ink({ heading: 'їїїїї', direction: 'ltr' })
    const wide = await ink({ heading: 'шшшшш', direction: 'ltr' })
    expect(wide.width).toBeGreaterThan(narrow.width * 1.5)
  })

  it.each([
    ['ltr', 'word '.repeat(80), 'subheading '.repeat(80)],
    ['rtl', 'الاحتلال جريمة '.repeat(30), 'أخبار التضامن '.repeat(40)],
    ['ltr', 'x'.repeat(400), 'y'.repeat(400)],
  ] as const)('cuts a very long %s text before the bottom edge and inside the margins', async (direction, heading, subheading) => {
    const long = await ink({ heading, subheading, direction })
    expect(long.count).toBeGreaterThan(0)
    expect(long.bottom).toBeLessThan(HEIGHT - 40)
    expect(long.left).toBeGreaterThanOrEqual(MARGIN)
    expect(long.right).toBeLessThan(WIDTH - MARGIN)
  })

  it('prints markup characters in the text literally instead of failing', async () => {
    const tagged = await ink({ heading: '<b>x</b> & </span> 1 > 0 &amp;', subheading: '<<&>>', direction: 'ltr' })
    expect(tagged.count).toBeGreaterThan(0)
    const bare = await ink({ heading: 'x', direction: 'ltr' })
    expect(tagged.width).toBeGreaterThan(bare.width * 5)
  })
})
