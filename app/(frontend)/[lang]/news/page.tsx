import { ArticleList } from '@/components/lists/ArticleList'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { pageMetadata } from '@/lib/metadata/pageMetadata'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

type Props = { params: Promise<LanguageParams> }

export async function generateMetadata({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).news
  return pageMetadata({ lang: code, title: t.title, description: t.description, path: '/news' })
}

export default async function NewsPage({ params }: Props) {
  return <ArticleList lang={(await pageLanguage(params)).code} page={1} />
}
