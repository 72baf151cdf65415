import Link from 'next/link'

import { PageNotFound } from '@/components/layout/PageNotFound'
import { Pagination } from '@/components/layout/Pagination'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { localizedPath } from '@/lib/urls/localizedPath'
import { filterQuery, getPhotoFilterOptions, getPhotosPage, type PhotoFilter } from '@/lib/queries'

import { PhotoFilters } from '@/components/photos/PhotoFilters'
import { PhotoGrid } from '@/components/photos/PhotoGrid'

/** One page of the archive for one filter; an unknown demo or topic, or a page past the end, is a 404. */
export async function PhotoArchive({ filter, page, lang }: { filter: PhotoFilter; page: number; lang: LanguageCode }) {
  const t = siteText(lang).photos
  const [result, options] = await Promise.all([getPhotosPage(filter, page, lang), getPhotoFilterOptions(lang)])
  if (!result || (page > 1 && page > result.totalPages)) return <PageNotFound />
  return (
    <>
      <h1>{t.title}</h1>
      <p className="standfirst">
        {t.intro} <Link href={localizedPath(lang, '/photos/banner')}>{t.journeyLink}</Link>.
      </p>
      <PhotoFilters lang={lang} filter={filter} options={options} />
      {result.docs.length === 0 ? <p>{t.empty}</p> : <PhotoGrid lang={lang} photos={result.docs} filter={filter} />}
      <Pagination
        lang={lang}
        basePath={localizedPath(lang, `/photos${filterQuery(filter)}`)}
        page={page}
        totalPages={result.totalPages}
        pageHref={(target) => localizedPath(lang, `/photos${filterQuery(filter, target)}`)}
      />
    </>
  )
}
