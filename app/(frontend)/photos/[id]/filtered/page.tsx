import type { Metadata } from 'next'

import { PhotoView } from '@/components/photos/PhotoView'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { getPhoto, parsePhotoFilter } from '@/lib/queries'

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const photo = await getPhoto((await params).id)
  if (!photo) return {}
  return pageMetadata({ title: photo.caption || photo.alt, description: photo.alt, path: `/photos/${photo.id}`, image: photo })
}

/** `/photos/<id>?demo=…` is rewritten here (see proxy.ts): previous and next stay within the filter. */
export default async function FilteredPhotoPage({ params, searchParams }: Props) {
  return <PhotoView id={(await params).id} filter={parsePhotoFilter(await searchParams)} />
}
