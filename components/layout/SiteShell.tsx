import type { ReactNode } from 'react'

import { type Language, languages } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import type { SiteSetting } from '@/payload-types'
import { localizedPath } from '@/lib/urls/localizedPath'

import { LanguageSwitcher } from '@/components/layout/LanguageSwitcher'
import { PreviewBanner } from '@/components/layout/PreviewBanner'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'

const choices = languages.map(({ code, name }) => ({ code, name, prefix: localizedPath(code, '/').replace(/\/$/, '') }))

/** The document every public page shares: language and direction, skip link, masthead, footer. */
export function SiteShell({ language, settings, children }: { language: Language; settings: SiteSetting; children: ReactNode }) {
  const t = siteText(language.code).shell
  return (
    <html lang={language.code} dir={language.direction}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipLink}
        </a>
        <PreviewBanner lang={language.code} />
        <LanguageSwitcher current={language.code} choices={choices} label={t.languages} />
        <SiteHeader lang={language.code} settings={settings} />
        <main id="main">{children}</main>
        <SiteFooter lang={language.code} settings={settings} />
      </body>
    </html>
  )
}
