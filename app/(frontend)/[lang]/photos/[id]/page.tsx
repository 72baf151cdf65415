import type { Metadata } from 'next'

import { PhotoView } from '@/components/photos/PhotoView'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { notFoundMetadata } from '@/lib/metadata/notFoundMetadata'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { siteText } from '@/i18n/siteText'
import { getPhoto, isPhotoWithdrawn } from '@/lib/queries'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

/** Built on first visit, then cached. */
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<LanguageParams & { id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { code }] = await Promise.all([params, pageLanguage(params)])
  const photo = await getPhoto(id, code)
  if (!photo) {
    if (!(await isPhotoWithdrawn(id))) return notFoundMetadata(code)
    const t = siteText(code).photos.withdrawn
    return pageMetadata({ lang: code, title: t.title, description: t.body, path: `/photos/${id}`, noIndex: true })
  }
  return pageMetadata({ lang: code, title: photo.caption || photo.alt, description: photo.alt, path: `/photos/${photo.id}`, image: photo })
}

export default async function PhotoPage({ params }: Props) {
  const [{ id }, { code }] = await Promise.all([params, pageLanguage(params)])
  return <PhotoView lang={code} id={id} filter={{}} />
}
