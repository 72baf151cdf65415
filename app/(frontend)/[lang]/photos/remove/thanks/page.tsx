import { Notice } from '@/components/layout/Notice'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { localizedPath } from '@/lib/urls/localizedPath'
import { REMOVAL_THANKS_PATH } from '@/lib/urls/photoLinks'

type Props = { params: Promise<LanguageParams> }

export async function generateMetadata({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).removalThanks
  return pageMetadata({ lang: code, title: t.title, description: t.body, path: REMOVAL_THANKS_PATH, noIndex: true })
}

/** Where the removal form goes once a request is stored (a 303 from the form's POST). */
export default async function RemovalThanksPage({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).removalThanks
  return <Notice title={t.title} body={t.body} back={{ href: localizedPath(code, '/photos'), label: t.back }} />
}
