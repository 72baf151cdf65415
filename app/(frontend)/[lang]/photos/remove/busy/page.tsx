import { Notice } from '@/components/layout/Notice'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { localizedPath } from '@/lib/urls/localizedPath'
import { REMOVAL_BUSY_PATH } from '@/lib/urls/photoLinks'

type Props = { params: Promise<LanguageParams> }

export async function generateMetadata({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).removalBusy
  return pageMetadata({ lang: code, title: t.title, description: t.body, path: REMOVAL_BUSY_PATH, noIndex: true })
}

/**
 * Where the removal form's script goes when the rate limit refuses a request (see
 * server/pageFormRefusal.ts); without JavaScript the refusal itself says the same.
 */
export default async function RemovalBusyPage({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).removalBusy
  return <Notice title={t.title} body={t.body} back={{ href: localizedPath(code, '/photos'), label: t.back }} />
}
