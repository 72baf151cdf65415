import { Notice } from '@/components/layout/Notice'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { localizedPath } from '@/lib/urls/localizedPath'

type Props = { params: Promise<LanguageParams> }

export async function generateMetadata({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).joinThanks
  return pageMetadata({ lang: code, title: t.title, description: t.description, path: '/join/thanks', noIndex: true })
}

/** Where the join form goes once a message is stored (a 303 from the form's POST). */
export default async function JoinThanksPage({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).joinThanks
  return <Notice title={t.title} body={t.body} back={{ href: localizedPath(code, '/'), label: t.back }} />
}
