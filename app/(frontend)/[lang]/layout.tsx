import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteShell } from '@/components/layout/SiteShell'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { feedAlternates } from '@/lib/metadata/feedAlternates'
import { defaultShareImage } from '@/lib/metadata/pageMetadata'
import { env } from '@/lib/startup/env'
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
    // Pages replace `alternates` with their own (lib/metadata/pageMetadata.ts), which announce the feeds too.
    alternates: { types: feedAlternates(code, [{ pagePath: '/' }]) },
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
