import Link from 'next/link'

import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { localizedPath } from '@/lib/urls/localizedPath'
import type { SiteSetting } from '@/payload-types'

/** "From Ukraine to Palestine, Occupation is a crime": the second half is the banner's red words. */
function Banner({ tagline }: { tagline: string }) {
  const comma = tagline.indexOf(', ')
  if (comma < 0) return <>{tagline}</>
  return (
    <>
      {tagline.slice(0, comma + 1)} <strong>{tagline.slice(comma + 2)}</strong>
    </>
  )
}

/** A menu link to a page of this site stays in the visitor's language; one to another site is left as written. */
const inLanguage = (lang: LanguageCode, url: string) => (url.startsWith('/') && !url.startsWith('//') ? localizedPath(lang, url) : url)

export function SiteHeader({ settings, lang }: { settings: SiteSetting; lang: LanguageCode }) {
  const t = siteText(lang).header
  return (
    <header className="masthead">
      <div className="masthead__inner">
        <Link href={localizedPath(lang, '/')} className="masthead__banner">
          <Banner tagline={settings.tagline} />
        </Link>
        <p className="masthead__name">{settings.siteName}</p>
      </div>
      {settings.navigation && settings.navigation.length > 0 && (
        <nav aria-label={t.navigation} className="site-nav">
          <ul>
            {settings.navigation.map((item) => (
              <li key={item.id ?? item.url}>
                <Link href={inLanguage(lang, item.url)}>{item.label}</Link>
              </li>
            ))}
            <li>
              <Link href={localizedPath(lang, '/search')}>{t.search}</Link>
            </li>
          </ul>
        </nav>
      )}
    </header>
  )
}
