import type { Media } from '@/payload-types'

type SizeName = keyof NonNullable<Media['sizes']>

const WIDTH_SIZES: SizeName[] = ['thumbnail', 'card', 'large']

type Props = {
  image: Media
  /** The `sizes` attribute: how wide the image is shown at each breakpoint. */
  sizes: string
  priority?: boolean
  className?: string
}

/**
 * Every generated width, plus the original when it is wider than all of them (a width listed twice
 * only lengthens every page that shows the photo).
 */
export function srcSetOf(image: Media): string {
  const generated = WIDTH_SIZES.map((name) => image.sizes?.[name]).filter((size): size is NonNullable<typeof size> => Boolean(size?.url && size.width))
  const candidates = generated.map((size) => `${size.url} ${size.width}w`)
  const widest = Math.max(0, ...generated.map((size) => size.width!))
  if (image.url && image.width && image.width > widest) candidates.push(`${image.url} ${image.width}w`)
  return candidates.join(', ')
}

export function ResponsiveImage({ image, sizes, priority = false, className }: Props) {
  if (!image.url) return null
  return (
    // eslint-disable-next-line @next/next/no-img-element -- Payload already wrote every width; next/image would resize again per request.
    <img
      className={className}
      src={image.sizes?.card?.url || image.url}
      srcSet={srcSetOf(image)}
      sizes={sizes}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  )
}
