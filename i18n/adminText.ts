import type { NestedKeysStripped } from '@payloadcms/translations'

import { type LanguageCode, languages } from '@/i18n/languages'
import type { Strings } from '@/i18n/strings/en'

/** A path into the `admin` section of the strings files, parts joined by `:` as Payload's `t()` wants them. */
export type AdminTextKey = NestedKeysStripped<Strings['admin']>

/** What `useTranslation()` knows besides Payload's own keys: the admin section, under Payload's `custom` namespace. */
export type CustomTranslations = { custom: Strings['admin'] }
export type CustomTranslationKey = NestedKeysStripped<CustomTranslations>

function lookUp(strings: Strings, key: AdminTextKey): string {
  const text = key.split(':').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], strings.admin)
  if (typeof text !== 'string') throw new Error(`"${key}" is not a text in the admin strings`)
  return text
}

/**
 * One admin text in every language, `{ en, uk, ar }`: the form Payload takes for labels and
 * descriptions, picking the editor's language and falling back to English.
 */
export function adminText(key: AdminTextKey): Record<LanguageCode, string> {
  return Object.fromEntries(languages.map(({ code, strings }) => [code, lookUp(strings, key)])) as Record<LanguageCode, string>
}
