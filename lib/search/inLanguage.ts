import type { CollectionSlug, Payload } from 'payload'

import { defaultLanguage, type LanguageCode } from '@/i18n/languages'

/** The names of a collection's top-level localized fields: the only ones the index reads words from. */
export function localizedFieldsOf(payload: Payload, collection: CollectionSlug): ReadonlySet<string> {
  return new Set(payload.collections[collection].config.flattenedFields.flatMap((field) => ('localized' in field && field.localized ? [field.name] : [])))
}

/**
 * A document as the database adapter stores it, where each localized field holds every language's
 * value (`title: { en, uk }`), read in one language with no fallback: a field not written in that
 * language is empty, so a translation is only indexed where it exists. A bare value (a document saved
 * before its field was localized, until the migration rewrites it) is the default language's.
 */
export function inLanguage<T extends object>(doc: T, localized: ReadonlySet<string>, language: LanguageCode): T {
  const read = { ...doc } as Record<string, unknown>
  for (const name of localized) {
    const value = read[name]
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) read[name] = (value as Record<string, unknown>)[language] ?? null
    else read[name] = language === defaultLanguage.code ? (value ?? null) : null
  }
  return read as T
}
