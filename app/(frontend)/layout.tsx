import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteShell } from '@/components/layout/SiteShell'
import { env } from '@/lib/startup/env'
import { getSiteSettings } from '@/lib/queries'

import '@/app/(frontend)/styles.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    metadataBase: new URL(env().serverURL),
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description: settings.tagline,
    applicationName: settings.siteName,
    openGraph: { siteName: settings.siteName, locale: 'en_GB' },
    alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: settings.siteName }] } },
  }
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#141417' },
  ],
}

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  return <SiteShell settings={await getSiteSettings()}>{children}</SiteShell>
}
