import type { LocalizationConfig } from 'payload'

import { defaultLanguage, languages } from '@/i18n/languages'

/**
 * The languages content is written in, for Payload's `localization` option: the same table as the
 * admin's and the site's. A text not yet translated reads as the default language's.
 */
export const contentLocalization: LocalizationConfig = {
  locales: languages.map(({ code, name, direction }) => ({ code, label: name, rtl: direction === 'rtl' })),
  defaultLocale: defaultLanguage.code,
  fallback: true,
}
