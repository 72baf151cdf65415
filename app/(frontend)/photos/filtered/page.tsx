import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PhotoArchive } from '@/components/photos/PhotoArchive'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { parsePageNumber } from '@/lib/pageNumber'
import { filterQuery, parsePhotoFilter } from '@/lib/queries'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** `/photos?…` is rewritten here (see proxy.ts): rendered per request, from cached queries. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams
  const filter = parsePhotoFilter(params)
  const page = parsePageNumber(String(params.page ?? '1')) ?? 1
  return pageMetadata({ title: 'Photo archive', path: `/photos${filterQuery(filter, page)}` })
}

export default async function FilteredPhotosPage({ searchParams }: Props) {
  const params = await searchParams
  const page = params.page === undefined ? 1 : parsePageNumber(String(params.page))
  if (page === null) notFound()
  return <PhotoArchive filter={parsePhotoFilter(params)} page={page} />
}
