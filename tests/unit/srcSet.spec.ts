import { describe, expect, it } from '@jest/globals'

import { srcSetOf } from '@/components/media/ResponsiveImage'
import type { Media } from '@/payload-types'

const size = (url: string, width: number) => ({ url, width, height: width / 2 })

describe('the srcset of a photo', () => {
  const sizes = { thumbnail: size('/t.webp', 400), card: size('/c.webp', 800), large: size('/l.webp', 1600) }

  it('lists each generated width, and the original only when it is wider than all of them', () => {
    expect(srcSetOf({ url: '/o.jpg', width: 6000, sizes } as unknown as Media)).toBe('/t.webp 400w, /c.webp 800w, /l.webp 1600w, /o.jpg 6000w')
    expect(srcSetOf({ url: '/o.jpg', width: 1600, sizes } as unknown as Media)).toBe('/t.webp 400w, /c.webp 800w, /l.webp 1600w')
  })

  it('falls back to the original when nothing was generated (an upload narrower than the smallest size)', () => {
    expect(srcSetOf({ url: '/o.jpg', width: 300, sizes: {} } as unknown as Media)).toBe('/o.jpg 300w')
  })
})
