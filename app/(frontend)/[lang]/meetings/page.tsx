import { MeetingList } from '@/components/lists/MeetingList'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { pageMetadata } from '@/lib/metadata/pageMetadata'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

type Props = { params: Promise<LanguageParams> }

export async function generateMetadata({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).meetings
  return pageMetadata({ lang: code, title: t.title, description: t.description, path: '/meetings' })
}

export default async function MeetingsPage({ params }: Props) {
  return <MeetingList lang={(await pageLanguage(params)).code} page={1} />
}
