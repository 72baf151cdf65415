/**
 * One spelling for every word, applied alike to what is indexed and to what visitors type, so the
 * databases only ever compare plain lower-case tokens separated by single spaces. SQLite's FTS5 and
 * MongoDB's text index then tokenise the same text the same way, and neither needs to know Arabic.
 */

/** Arabic short vowels and other signs (tashkeel), hamza above and below, Quranic annotation marks. */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]/g
/** Tatweel stretches a word on the line and means nothing. */
const TATWEEL = /\u0640/g
/** Letters written several ways that readers take for one: alef forms, alef maqsura, ta marbuta, Persian forms. */
const ARABIC_FOLDS: Record<string, string> = {
  '\u0622': '\u0627', // آ → ا
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0649': '\u064a', // ى → ي
  '\u06cc': '\u064a', // ی → ي
  '\u0629': '\u0647', // ة → ه
  '\u06a9': '\u0643', // ک → ك
}
const ARABIC_FOLDABLE = new RegExp(`[${Object.keys(ARABIC_FOLDS).join('')}]`, 'g')
/** Arabic-Indic and Persian digits read as 0–9. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g

/** Accents on Latin and Greek letters, as FTS5's `remove_diacritics` drops them for Latin. */
const LATIN_GREEK_MARKS = /([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu
/**
 * Marks on Cyrillic letters go too (stress accents in Ukrainian texts), except the breve and the
 * diaeresis, which make letters of their own: й, ї, ё, ў.
 */
const CYRILLIC_MARKS = /(\p{Script=Cyrillic})(\p{M}+)/gu
const CYRILLIC_LETTER_MARKS = /[^\u0306\u0308]/g

/**
 * Arabic writes the article and some particles onto the noun: "الاحتلال" (the occupation),
 * "والاحتلال", "بالاحتلال", "للاحتلال". A reader searching for "احتلال" means all of them, so
 * the prefix goes from indexed and searched words alike (the light stemming Lucene's Arabic analyser
 * does), when at least two letters remain.
 */
const ARABIC_ARTICLE = /^(?:وال|بال|كال|فال|ال|لل)(?=\p{Script=Arabic}{2})/u

/** A word: letters, digits and the marks written on them. Everything else separates words. */
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu

/** The spelling a word is indexed and searched under. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(ARABIC_MARKS, '')
    .replace(LATIN_GREEK_MARKS, '$1')
    .replace(CYRILLIC_MARKS, (_, letter: string, marks: string) => letter + marks.replace(CYRILLIC_LETTER_MARKS, ''))
    .normalize('NFC')
    .replace(TATWEEL, '')
    .replace(ARABIC_FOLDABLE, (letter) => ARABIC_FOLDS[letter])
    .replace(EASTERN_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf))
    .toLowerCase()
}

/** The words of a text, each in its searched spelling. */
export function searchTokens(text: string): string[] {
  return (normaliseText(text).match(TOKEN) ?? []).map((word) => word.replace(ARABIC_ARTICLE, ''))
}

/** A text as the index stores it: its words, one space apart. */
export function indexedText(text: string): string {
  return searchTokens(text).join(' ')
}

/**
 * The words of a text as written, with where each starts: snippets highlight the words as the
 * reader wrote them, and find them by their searched spelling.
 */
export function writtenWords(text: string): { word: string; index: number }[] {
  return Array.from(eachWrittenWord(text))
}

/** The same, one at a time, for a reader that may stop early. */
export function* eachWrittenWord(text: string): Generator<{ word: string; index: number }> {
  for (const match of text.matchAll(TOKEN)) yield { word: match[0], index: match.index }
}
