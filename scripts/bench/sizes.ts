/** The two databases the benchmark fills: a young site, and one after years of use. */
export const SIZES = {
  small: { articles: 100, demos: 20, meetings: 20, photos: 1_000 },
  large: { articles: 10_000, demos: 500, meetings: 200, photos: 50_000 },
} as const

export type SizeName = keyof typeof SIZES
