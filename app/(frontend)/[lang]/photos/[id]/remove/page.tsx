import type { Metadata } from 'next'

import { PageNotFound } from '@/components/layout/PageNotFound'
import { ResponsiveImage } from '@/components/media/ResponsiveImage'
import { RemovalForm } from '@/components/photos/RemovalForm'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { notFoundMetadata } from '@/lib/metadata/notFoundMetadata'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { localizedPath } from '@/lib/urls/localizedPath'
import { removalFormPath } from '@/lib/urls/photoLinks'
import { getPhoto } from '@/lib/queries'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

/** Built on first visit, then cached. */
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<LanguageParams & { id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { code }] = await Promise.all([params, pageLanguage(params)])
  const photo = await getPhoto(id, code)
  if (!photo) return notFoundMetadata(code)
  const t = siteText(code).removalForm
  return pageMetadata({ lang: code, title: t.title, description: t.description, path: removalFormPath(photo.id), noIndex: true })
}

/**
 * Someone in a public photo asks for it to be blurred or removed. Only a public photo has the form:
 * any other id, a photo in review included, is the same 404.
 */
export default async function RemovePhotoPage({ params }: Props) {
  const [{ id }, { code }] = await Promise.all([params, pageLanguage(params)])
  const photo = await getPhoto(id, code)
  if (!photo) return <PageNotFound />
  const t = siteText(code).removalForm
  return (
    <>
      <h1>{t.title}</h1>
      <p className="standfirst">{t.intro}</p>
      <figure className="photo-page__figure">
        <ResponsiveImage image={photo} sizes="(min-width: 40rem) 36rem, 100vw" />
      </figure>
      <RemovalForm language={code} photoId={photo.id} address={localizedPath(code, removalFormPath(photo.id))} t={t} />
    </>
  )
}
