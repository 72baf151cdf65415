import type { Metadata } from 'next'

import type { Media } from '@/payload-types'

/** The generated 1200×630 card used when a page has no picture of its own. */
export const DEFAULT_SHARE_IMAGE = '/og/default'

type PageMetadata = {
  title: string
  description?: string | null
  path: string
  image?: Media | number | null
  type?: 'website' | 'article'
  publishedTime?: string | null
  modifiedTime?: string | null
  noIndex?: boolean
}

function shareImage(image: PageMetadata['image']) {
  if (image && typeof image === 'object' && image.url) {
    const og = image.sizes?.og
    if (og?.url && og.width && og.height) return { url: og.url, width: og.width, height: og.height, alt: image.alt }
    return { url: image.url, width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt }
  }
  return { url: DEFAULT_SHARE_IMAGE, width: 1200, height: 630, alt: '' }
}

/** Title, description, canonical address and link-preview tags for one page; URLs are made absolute by metadataBase. */
export function pageMetadata(page: PageMetadata): Metadata {
  const image = shareImage(page.image)
  const description = page.description ?? undefined
  return {
    title: page.title,
    description,
    alternates: { canonical: page.path },
    openGraph: {
      title: page.title,
      description,
      url: page.path,
      type: page.type ?? 'website',
      images: [image],
      ...(page.type === 'article'
        ? { publishedTime: page.publishedTime ?? undefined, modifiedTime: page.modifiedTime ?? undefined }
        : {}),
    },
    twitter: { card: 'summary_large_image', title: page.title, description, images: [image.url] },
    ...(page.noIndex ? { robots: { index: false, follow: true } } : {}),
  }
}

