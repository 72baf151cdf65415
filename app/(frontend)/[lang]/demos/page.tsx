import { DemoList } from '@/components/lists/DemoList'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { pageMetadata } from '@/lib/metadata/pageMetadata'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

type Props = { params: Promise<LanguageParams> }

export async function generateMetadata({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).demos
  return pageMetadata({ lang: code, title: t.title, description: t.description, path: '/demos' })
}

export default async function DemosPage({ params }: Props) {
  return <DemoList lang={(await pageLanguage(params)).code} page={1} />
}
