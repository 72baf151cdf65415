import type { Metadata } from 'next'

import { PageNotFound } from '@/components/layout/PageNotFound'
import { PhotoArchive } from '@/components/photos/PhotoArchive'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { filterFromSegments, filterQuery } from '@/lib/urls/photoFilter'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

/** `/photos?…` is rewritten here (see proxy.ts); each filter's pages are built on first visit, then cached. */
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<LanguageParams & { demo: string; year: string; topic: string; page: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const archive = filterFromSegments(await params)
  if (!archive) return {}
  const { code } = await pageLanguage(params)
  return pageMetadata({ lang: code, title: siteText(code).photos.title, path: `/photos${filterQuery(archive.filter, archive.page)}` })
}

export default async function FilteredPhotosPage({ params }: Props) {
  const archive = filterFromSegments(await params)
  if (!archive) return <PageNotFound />
  return <PhotoArchive lang={(await pageLanguage(params)).code} filter={archive.filter} page={archive.page} />
}
