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
      <h1>{t.title}</h1>
      <p className="standfirst">{t.body}</p>
      <p>
        <a href={localizedPath(lang, '/photos')}>{t.archive}</a>
      </p>
    </>
  )
}
