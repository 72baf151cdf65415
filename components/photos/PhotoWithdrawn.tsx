import { Notice } from '@/components/layout/Notice'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { GONE_MARKER } from '@/lib/metadata/goneMarker'
import { localizedPath } from '@/lib/urls/localizedPath'

/** What a photo taken down on request shows instead, answered 410 Gone (the marker says so to the server). */
export function PhotoWithdrawn({ lang }: { lang: LanguageCode }) {
  const t = siteText(lang).photos.withdrawn
  return (
    <>
      <meta name={GONE_MARKER.name} content={GONE_MARKER.content} />
      <Notice title={t.title} body={t.body} back={{ href: localizedPath(lang, '/photos'), label: t.archive }} />
    </>
  )
}
