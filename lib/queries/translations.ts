import type { Payload } from 'payload'

import { defaultLanguage, type LanguageCode, languageCodes } from '@/i18n/languages'

import { asVisitor } from '@/lib/queries/asVisitor'

/**
 * A document as a page shows it: `lang` is the language its words are in (English when it is not
 * translated into the page's), `languages` every language it is published in, for hreflang.
 */
export type Translated<T> = T & { lang: LanguageCode; languages: LanguageCode[] }

/** What names a document in each collection: a language it has is one this field is filled in. */
export const NAMING_FIELD = { articles: 'title', 'demo-reports': 'title', meetings: 'title', topics: 'name' } as const
export type TranslatableCollection = keyof typeof NAMING_FIELD

/**
 * The languages a document is written in. A translation counts once it is published: the
 * visitor's read leaves out a language saved as a draft only. A preview counts the drafts too.
 */
export async function findLanguagesOf(
  payload: Payload,
  collection: TranslatableCollection,
  id: number | string,
  { preview = false } = {},
): Promise<LanguageCode[]> {
  const field = NAMING_FIELD[collection]
  const doc = (await payload.findByID({
    collection,
    id,
    ...(preview ? { draft: true, overrideAccess: true } : asVisitor),
    locale: 'all',
    depth: 0,
    select: { [field]: true },
    disableErrors: true,
  })) as Record<string, unknown> | null
  return writtenIn(doc?.[field])
}

/** The languages a field read with `locale: 'all'` is filled in. */
export function writtenIn(names: unknown): LanguageCode[] {
  const byLanguage = (names ?? {}) as Partial<Record<LanguageCode, string | null>>
  return languageCodes.filter((code) => Boolean(byLanguage[code]?.trim()))
}

/** `doc` marked with the language it shows in `lang`, and the languages it has. */
export async function translated<T extends { id: number | string }>(
  payload: Payload,
  collection: TranslatableCollection,
  doc: T,
  lang: LanguageCode,
  options: { preview?: boolean } = {},
): Promise<Translated<T>> {
  const languages = await findLanguagesOf(payload, collection, doc.id, options)
  return { ...doc, languages, lang: languages.includes(lang) ? lang : defaultLanguage.code }
}
