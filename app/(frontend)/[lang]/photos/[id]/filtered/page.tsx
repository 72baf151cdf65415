import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { PhotoView } from '@/components/photos/PhotoView'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { localizedPath } from '@/lib/urls/localizedPath'
import { getPhoto, parsePhotoFilter } from '@/lib/queries'

type Props = {
  params: Promise<LanguageParams & { id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { code }] = await Promise.all([params, pageLanguage(params)])
  const photo = await getPhoto(id, code)
  if (!photo) return {}
  return pageMetadata({ lang: code, title: photo.caption || photo.alt, description: photo.alt, path: `/photos/${photo.id}`, image: photo })
}

/**
 * `/photos/<id>?demo=…` is rewritten here (see proxy.ts): previous and next stay within the filter.
 * Rendered per request, it cannot answer a 404 with a page (see PageNotFound), so a photo that is not
 * there goes to its unfiltered address, which does.
 */
export default async function FilteredPhotoPage({ params, searchParams }: Props) {
  const [{ id }, { code }] = await Promise.all([params, pageLanguage(params)])
  if (!(await getPhoto(id, code))) redirect(localizedPath(code, `/photos/${encodeURIComponent(id)}`))
  return <PhotoView lang={code} id={id} filter={parsePhotoFilter(await searchParams)} />
}
