import { PageNotFound } from '@/components/layout/PageNotFound'
import { MeetingList } from '@/components/lists/MeetingList'
import { fill } from '@/i18n/fill'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { parsePageNumber } from '@/lib/urls/pageNumber'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

/** `/meetings?page=N` is rewritten here (see next.config.ts); pages are built on first visit, then cached. */
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<LanguageParams & { page: string }> }

export async function generateMetadata({ params }: Props) {
  const { code } = await pageLanguage(params)
  const page = parsePageNumber((await params).page) ?? 1
  const t = siteText(code)
  return pageMetadata({ lang: code, title: `${t.meetings.title} ${fill(t.pagination.pageSuffix, { page })}`, path: page === 1 ? '/meetings' : `/meetings?page=${page}` })
}

export default async function MeetingsListPage({ params }: Props) {
  const { code } = await pageLanguage(params)
  const page = parsePageNumber((await params).page)
  if (page === null) return <PageNotFound />
  return <MeetingList lang={code} page={page} />
}
