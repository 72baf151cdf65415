import { Notice } from '@/components/layout/Notice'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { localizedPath } from '@/lib/urls/localizedPath'

type Props = { params: Promise<LanguageParams> }

export async function generateMetadata({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).joinBusy
  return pageMetadata({ lang: code, title: t.title, description: t.body, path: '/join/busy', noIndex: true })
}

/**
 * Where the join form's script goes when the rate limit refuses a message (see
 * server/pageFormRefusal.ts); without JavaScript the refusal itself says the same.
 */
export default async function JoinBusyPage({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).joinBusy
  return <Notice title={t.title} body={t.body} back={{ href: localizedPath(code, '/join'), label: t.back }} />
}
