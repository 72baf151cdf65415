import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteShell } from '@/components/layout/SiteShell'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { defaultShareImage } from '@/lib/metadata/pageMetadata'
import { env } from '@/lib/startup/env'
import { localizedPath } from '@/lib/urls/localizedPath'
import { getSiteSettings } from '@/lib/queries'

import '@/app/(frontend)/fonts.css'
import '@/app/(frontend)/styles.css'

export { languageParams as generateStaticParams } from '@/i18n/pageLanguage'

type Props = { params: Promise<LanguageParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code, ogLocale } = await pageLanguage(params)
  const settings = await getSiteSettings(code)
  return {
    metadataBase: new URL(env().serverURL),
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description: settings.tagline,
    applicationName: settings.siteName,
    openGraph: { siteName: settings.siteName, locale: ogLocale, images: [{ url: defaultShareImage(code), width: 1200, height: 630 }] },
    alternates: { types: { 'application/rss+xml': [{ url: localizedPath(code, '/feed.xml'), title: settings.siteName }] } },
  }
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#141417' },
  ],
}

export default async function FrontendLayout({ children, params }: Props & { children: ReactNode }) {
  const language = await pageLanguage(params)
  return (
    <SiteShell language={language} settings={await getSiteSettings(language.code)}>
      {children}
    </SiteShell>
  )
}
