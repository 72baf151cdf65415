import type { Metadata } from 'next'

import { NotFoundMessage } from '@/components/layout/NotFoundMessage'
import { SiteShell } from '@/components/layout/SiteShell'
import { getSiteSettings } from '@/lib/queries'

import '@/app/(frontend)/styles.css'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

/** Addresses that match no route at all (the site and the admin have separate root layouts). */
export default async function GlobalNotFound() {
  return (
    <SiteShell settings={await getSiteSettings()}>
      <NotFoundMessage />
    </SiteShell>
  )
}
