import type { Metadata } from 'next'

import { PhotoView } from '@/components/photos/PhotoView'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { getPhoto } from '@/lib/queries'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

/** Built on first visit, then cached. */
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  const photo = await getPhoto(id)
  if (!photo) return {}
  return pageMetadata({ title: photo.caption || photo.alt, description: photo.alt, path: `/photos/${photo.id}`, image: photo })
}

export default async function PhotoPage({ params }: Props) {
  return <PhotoView id={(await params).id} filter={{}} />
}
