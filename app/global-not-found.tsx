import type { Metadata } from 'next'

import { NotFoundMessage } from '@/components/layout/NotFoundMessage'
import { SiteShell } from '@/components/layout/SiteShell'
import { defaultLanguage } from '@/i18n/languages'
import { notFoundMetadata } from '@/lib/metadata/notFoundMetadata'
import { getSiteSettings } from '@/lib/queries'

import '@/app/(frontend)/styles.css'

export const metadata: Metadata = notFoundMetadata(defaultLanguage.code)

/**
 * Addresses that match no route at all (the site and the admin have separate root layouts). The
 * page around the message is the default language's; the message itself follows the address.
 */
export default async function GlobalNotFound() {
  return (
    <SiteShell language={defaultLanguage} settings={await getSiteSettings(defaultLanguage.code)}>
      <NotFoundMessage />
    </SiteShell>
  )
}
