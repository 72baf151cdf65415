import { eachWrittenWord, indexedText, searchTokens, writtenWords } from '@/lib/search/normalise'
import type { SearchQuery } from '@/lib/search/parseQuery'

/** A stretch of text, and whether it is a matched word: pages wrap those in `<mark>` as text, never markup. */
export type Highlighted = { text: string; match: boolean }[]

/** Words of text shown around the best match. */
const SNIPPET_WORDS = 32
/** Words shown before the first match in the snippet, for context. */
const WORDS_BEFORE = 8
/** Only the start of a long text is looked through for a snippet. */
const SCANNED_CHARACTERS = 20_000

const ASCII_WORD = /^[a-z0-9]+$/i

/** A written word's searched spelling: nearly always one word, a few (`½`) two. */
const tokensOf = (word: string) => (ASCII_WORD.test(word) ? [word.toLowerCase()] : searchTokens(word))

type Token = { token: string; word: number }

/** Whether a part of the query ends with the last of these tokens, and where it starts. */
function partEndingAt(flat: Token[], query: SearchQuery): number {
  for (const part of query.parts) {
    const start = flat.length - part.length
    if (start >= 0 && part.every((token, offset) => flat[start + offset].token === token)) return start
  }
  return -1
}

/** Which of the written words hold a part of the query, found by their searched spelling. */
function matchedWords(words: { word: string }[], query: SearchQuery): boolean[] {
  const flat: Token[] = []
  words.forEach(({ word }, index) => {
    for (const token of tokensOf(word)) flat.push({ token, word: index })
  })
  const matched = words.map(() => false)
  for (const part of query.parts) {
    for (let start = 0; start + part.length <= flat.length; start++) {
      if (part.every((token, offset) => flat[start + offset].token === token)) {
        for (let offset = 0; offset < part.length; offset++) matched[flat[start + offset].word] = true
      }
    }
  }
  return matched
}

function segments(text: string, words: { word: string; index: number }[], matched: boolean[], from: number, to: number): Highlighted {
  const out: Highlighted = []
  const push = (piece: string, match: boolean) => {
    if (!piece) return
    const last = out.at(-1)
    if (last && last.match === match) last.text += piece
    else out.push({ text: piece, match })
  }
  let cursor = from
  let previousMatched = false
  for (const [index, { word, index: at }] of words.entries()) {
    if (at < from || at >= to) continue
    const gap = text.slice(cursor, at)
    // Matched words one space apart (a phrase) are marked as one.
    push(gap, previousMatched && matched[index] && /^\s+$/.test(gap))
    push(word, matched[index])
    previousMatched = matched[index]
    cursor = at + word.length
  }
  push(text.slice(cursor, to), false)
  return out
}

/** The whole of a short text (a title), its matched words marked. */
export function highlight(text: string, query: SearchQuery): Highlighted {
  const words = writtenWords(text)
  return segments(text, words, matchedWords(words, query), 0, text.length)
}

/**
 * A few dozen words of a text from just before its first match, marked, with an ellipsis where it
 * was cut; the start of the text when no word in it matched (a title match). Words are read only as
 * far as the snippet needs, and not at all when `searchedText` (the text as the index keeps it)
 * holds no match: a page of results over long articles would otherwise spell out every word of
 * every one.
 */
export function snippet(fullText: string, query: SearchQuery, searchedText = indexedText(fullText)): Highlighted {
  const text = fullText.slice(0, SCANNED_CHARACTERS).replace(/\s+/g, ' ').trim()
  const searched = ` ${searchedText} `
  const longest = Math.max(1, ...query.parts.map((part) => part.length))
  const words: { word: string; index: number }[] = []
  const flat: Token[] = []
  // Read word by word up to the first match, only when the text holds one.
  let first = query.parts.some((part) => searched.includes(` ${part.join(' ')} `)) ? -1 : 0
  for (const word of eachWrittenWord(text)) {
    words.push(word)
    if (first < 0) {
      for (const token of tokensOf(word.word)) flat.push({ token, word: words.length - 1 })
      const start = partEndingAt(flat, query)
      if (start >= 0) first = Math.max(0, flat[start].word - WORDS_BEFORE)
    } else if (words.length >= first + SNIPPET_WORDS + longest) break
  }
  if (words.length === 0) return []
  first = Math.max(0, first)
  const shownWords = words.slice(first, first + SNIPPET_WORDS)
  // Matched over a few words more than are shown, so a phrase cut by the end is still found.
  const matched = matchedWords(words.slice(first), query).slice(0, shownWords.length)
  const readToTheEnd = words.length < first + SNIPPET_WORDS + longest
  const from = first === 0 ? 0 : shownWords[0].index
  const last = shownWords[shownWords.length - 1]
  const to = readToTheEnd && first + shownWords.length === words.length ? text.length : last.index + last.word.length
  const shown = segments(text, shownWords, matched, from, to)
  if (from > 0) shown.unshift({ text: '… ', match: false })
  if (to < text.length || fullText.length > SCANNED_CHARACTERS) shown.push({ text: ' …', match: false })
  return shown
}
