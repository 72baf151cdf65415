import Link from 'next/link'

import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { localizedPath } from '@/lib/urls/localizedPath'
import type { SiteSetting } from '@/payload-types'

export function SiteFooter({ settings, lang }: { settings: SiteSetting; lang: LanguageCode }) {
  const t = siteText(lang).footer
  return (
    <footer className="site-footer">
      {settings.footerText && <p>{settings.footerText}</p>}
      <ul className="site-footer__links">
        <li>
          <a href={localizedPath(lang, '/feed.xml')}>{t.feed}</a>
        </li>
        <li>
          <Link href={localizedPath(lang, '/topics')}>{t.topics}</Link>
        </li>
        <li>
          <Link href={localizedPath(lang, '/about')}>{t.about}</Link>
        </li>
        <li>
          <Link href={localizedPath(lang, '/join')}>{t.join}</Link>
        </li>
        {settings.websiteURL && (
          <li>
            <a href={settings.websiteURL} rel="noopener">
              {settings.websiteURL.replace(/^https?:\/\//, '').replace(/\/$/, '')}
            </a>
          </li>
        )}
      </ul>
    </footer>
  )
}
