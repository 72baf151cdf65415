import { searchTokens } from '@/lib/search/normalise'

/** Longer queries are cut: nobody types more, and each word costs the database work. */
export const MAX_QUERY_LENGTH = 100
/** Words and phrases searched at most; a longer query keeps its first ones. */
export const MAX_QUERY_PARTS = 12

/**
 * What a visitor asked for, in searched spellings: each part must appear in a result, a part of
 * several words (a quoted phrase, or a written word such as "м'ясо" or "covid-19") as those words in
 * that order. `text` is the query as it is shown back.
 */
export type SearchQuery = { text: string; parts: string[][] }

/** Quotation marks people type or paste, read as the plain one. */
const QUOTES = /[“”„‟«»″"]/g
const PART = /"([^"]*)"|[^\s"]+/g

export function parseSearchQuery(raw: string | string[] | undefined): SearchQuery {
  const value = Array.isArray(raw) ? raw[0] : raw
  const spaced = (value ?? '').replace(/\p{Cc}/gu, ' ').replace(/\s+/g, ' ').trim()
  // Cut by characters, not UTF-16 units: half an emoji would be shown back as garbage.
  const text = Array.from(spaced).slice(0, MAX_QUERY_LENGTH).join('').trim()
  const seen = new Set<string>()
  const parts: string[][] = []
  for (const match of text.replace(QUOTES, '"').matchAll(PART)) {
    const tokens = searchTokens(match[1] ?? match[0])
    const key = tokens.join(' ')
    if (tokens.length === 0 || seen.has(key)) continue
    seen.add(key)
    parts.push(tokens)
    if (parts.length === MAX_QUERY_PARTS) break
  }
  return { text, parts }
}

/** A query of one letter would match nearly everything and help nobody. */
export function isTooShort(query: SearchQuery): boolean {
  return query.parts.length === 1 && query.parts[0].length === 1 && [...query.parts[0][0]].length < 2
}
