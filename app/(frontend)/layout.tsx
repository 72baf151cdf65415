import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { env } from '@/lib/env'

import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(env().serverURL),
  title: { default: 'solidarity-news', template: '%s · solidarity-news' },
  description: 'From Ukraine to Palestine, Occupation is a crime: news, demonstrations and photos.',
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main">{children}</main>
        <SiteFooter />
      </body>
    </html>
  )
}
