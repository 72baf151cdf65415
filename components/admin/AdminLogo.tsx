import type { ServerProps } from 'payload'

import { BannerMark } from '@/components/admin/BannerMark'
import { defaultLanguage, languageOf } from '@/i18n/languages'

/**
 * The sign-in page's logo (`admin.components.graphics.Logo`): the banner and the group's name as
 * the site settings give it, in the admin's language, so organisers see whose admin this is.
 */
export async function AdminLogo({ payload, i18n }: Pick<ServerProps, 'payload' | 'i18n'>) {
  const locale = (languageOf(i18n?.language ?? '') ?? defaultLanguage).code
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, locale, fallbackLocale: defaultLanguage.code, overrideAccess: false })
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}>
      <BannerMark size={48} />
      <strong style={{ fontSize: '1.5rem', lineHeight: 1.2 }}>{settings.siteName}</strong>
    </span>
  )
}
