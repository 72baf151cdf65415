import type { I18nOptions } from '@payloadcms/translations'

import { defaultLanguage, languages } from '@/i18n/languages'

/**
 * The admin's languages for Payload's `i18n` option: Payload's own interface in each, and the
 * project's admin strings as `custom:…` keys for components that call `useTranslation()`.
 */
export const adminI18n: I18nOptions = {
  fallbackLanguage: defaultLanguage.code,
  supportedLanguages: Object.fromEntries(languages.map(({ code, payload }) => [code, payload])),
  translations: Object.fromEntries(languages.map(({ code, strings }) => [code, { custom: strings.admin }])),
}
