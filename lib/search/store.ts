import type { PayloadRequest } from 'payload'

import { type LanguageCode, languageCodes } from '@/i18n/languages'
import type { SearchEntry, SearchKindName } from '@/lib/search/kinds'
import type { SearchQuery } from '@/lib/search/parseQuery'

/** Narrows a search; every filter given must hold. */
export type SearchFilters = { kind?: SearchKindName; topicId?: string; year?: number }

/**
 * A result as the index returns it: the words to show, before snippets are cut from them, and the
 * text's words as the index keeps them (normalised), which say at once whether the text holds a match.
 */
export type StoredHit = Omit<SearchEntry, 'topics'> & { textTerms: string; inTitle: boolean }

/**
 * Bumped whenever the index's layout or the way text is normalised changes: an index of an older
 * version is rebuilt when Payload starts.
 */
export const SEARCH_INDEX_VERSION = 3

/**
 * Which of a document's entries a search in `language` shows when several match: the visitor's
 * language, then the default (English), then the others in the table's order.
 */
export function languagePreference(language: LanguageCode): LanguageCode[] {
  return [language, ...languageCodes.filter((code) => code !== language)]
}

/**
 * The search index of one database. SQLite and MongoDB keep it their own way (FTS5, a text index),
 * but find the same documents for the same query: a result must hold every part of the query as
 * whole words (a phrase as consecutive words) in its title or text. A document is found once, by
 * its entry in the visitor's language if that matches, or else by the first that matches in
 * `languagePreference`. Results in the visitor's language come first; within those and within the
 * others, results whose title holds every part first, then by the database's relevance score,
 * newest first, then by insertion.
 */
export interface SearchStore {
  /** Creates the index if it is missing; says whether it must be filled (new, or of an older version). */
  ensure(): Promise<{ empty: boolean }>
  /**
   * Replaces every entry of one document (each language's) with these, or with none to forget it; `req`
   * joins the request's transaction where the database has one.
   */
  replace(kind: SearchKindName, docId: string, entries: SearchEntry[], req?: PayloadRequest): Promise<void>
  /** Replaces the whole index at once: visitors see the old one until the new one is complete. */
  replaceAll(entries: SearchEntry[]): Promise<void>
  /** How many documents of each kind the index holds, whatever the number of their languages. */
  counts(): Promise<Partial<Record<SearchKindName, number>>>
  search(query: SearchQuery, filters: SearchFilters, language: LanguageCode, page: { limit: number; offset: number }): Promise<{ total: number; hits: StoredHit[] }>
  /** The years results can be filtered by, newest first. */
  years(): Promise<number[]>
}

/** The year of an ISO date, or null. */
export function yearOf(date: string | null): number | null {
  if (!date) return null
  const year = new Date(date).getUTCFullYear()
  return Number.isNaN(year) ? null : year
}
