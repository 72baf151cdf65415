import { describe, expect, it } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { HighlightedText } from '@/components/search/HighlightedText'
import { indexedText, normaliseText, searchTokens } from '@/lib/search/normalise'
import { parseSearchParams, searchHref } from '@/lib/search/params'
import { isTooShort, MAX_QUERY_LENGTH, MAX_QUERY_PARTS, parseSearchQuery } from '@/lib/search/parseQuery'
import { highlight, snippet } from '@/lib/search/snippet'

const marked = (pieces: { text: string; match: boolean }[]) => pieces.filter((piece) => piece.match).map((piece) => piece.text)
const joined = (pieces: { text: string }[]) => pieces.map((piece) => piece.text).join('')

describe('the spelling words are indexed and searched under', () => {
  it('folds case and Latin accents, as FTS5 does for Latin', () => {
    expect(indexedText('Café de la RÉSISTANCE, Zürich!')).toBe('cafe de la resistance zurich')
  })

  it('strips Arabic diacritics and tatweel, and writes alef, ya and ta marbuta one way', () => {
    expect(normaliseText('التَّضَامُنُ')).toBe(normaliseText('التضامن'))
    expect(normaliseText('غـــزة')).toBe(normaliseText('غزه'))
    expect(normaliseText('أهل إلى آخر ٱلكتاب')).toBe(normaliseText('اهل الي اخر الكتاب'))
    expect(normaliseText('مستشفى')).toBe(normaliseText('مستشفي'))
    expect(normaliseText('٢٠٢٤')).toBe('2024')
  })

  it('reads Arabic presentation forms (text copied from PDFs) as the letters they show', () => {
    expect(normaliseText('\ufee0\ufef3\ufedf')).toBe(normaliseText('ليل'))
  })

  it('keeps й and ї apart from и and і, but drops stress accents from Ukrainian words', () => {
    expect(searchTokens('Мій Київ')).toEqual(['мій', 'київ'])
    expect(searchTokens('за́мок')).toEqual(['замок'])
    expect(normaliseText('мій')).not.toBe(normaliseText('мии'))
  })

  it('finds an Arabic noun with or without the article and the particles written onto it', () => {
    const occupation = searchTokens('احتلال')
    for (const written of ['الاحتلال', 'والاحتلال', 'بالاحتلال', 'للاحتلال', 'فالاحتلال']) expect(searchTokens(written)).toEqual(occupation)
    // Two letters must remain: "الى" (to) is a word of its own, not an article.
    expect(searchTokens('الحب')).toEqual(['حب'])
    expect(searchTokens('الى')).toEqual(['الي'])
    // Latin and Cyrillic words are never cut.
    expect(searchTokens('alliance Альянс')).toEqual(['alliance', 'альянс'])
  })

  it('splits on anything that is not a letter, digit or mark', () => {
    expect(searchTokens("<b>covid-19</b> м'ясо & «мир»")).toEqual(['b', 'covid', '19', 'b', 'м', 'ясо', 'мир'])
  })
})

describe('reading a query', () => {
  it('keeps quoted phrases together, and words that the spelling splits (covid-19) as phrases', () => {
    expect(parseSearchQuery('"Ceasefire Now" gaza covid-19').parts).toEqual([['ceasefire', 'now'], ['gaza'], ['covid', '19']])
    expect(parseSearchQuery('«ceasefire now»').parts).toEqual([['ceasefire', 'now']])
  })

  it('reads an unclosed quote as plain words, and drops repeated and empty parts', () => {
    expect(parseSearchQuery('"gaza ceasefire').parts).toEqual([['gaza'], ['ceasefire']])
    expect(parseSearchQuery('gaza GAZA "" %%').parts).toEqual([['gaza']])
  })

  it('caps the length and the number of parts, cutting between characters, never inside one', () => {
    expect(Array.from(parseSearchQuery('😀'.repeat(1000)).text)).toHaveLength(MAX_QUERY_LENGTH)
    expect(parseSearchQuery('word '.repeat(1000)).parts).toHaveLength(1)
    expect(parseSearchQuery(Array.from({ length: 40 }, (_, index) => `w${index}`).join(' ')).parts).toHaveLength(MAX_QUERY_PARTS)
  })

  it('finds one letter too short to search for, but not two words of one letter', () => {
    expect(isTooShort(parseSearchQuery('a'))).toBe(true)
    expect(isTooShort(parseSearchQuery('ab'))).toBe(false)
    expect(isTooShort(parseSearchQuery('a b'))).toBe(false)
  })
})

describe('the search address', () => {
  it('reads the query, type, topic, year and page', () => {
    const { request, leftOut } = parseSearchParams({ q: 'gaza', type: 'photo', topic: 'palestine', year: '2024', page: '2' })
    expect(request).toMatchObject({ kind: 'photo', topic: 'palestine', year: 2024, page: 2 })
    expect(request.query.parts).toEqual([['gaza']])
    expect(leftOut).toEqual([])
  })

  it('leaves out each filter it does not understand, and names it', () => {
    const { request, leftOut } = parseSearchParams({ q: 'gaza', type: '<script>', topic: '../etc', year: '20x4', page: '-1' })
    expect(request).toEqual({ query: request.query, page: 1 })
    expect(leftOut).toEqual(['type', 'topic', 'year', 'page'])
    expect(parseSearchParams({ q: 'gaza', type: 'petition' }).leftOut).toEqual(['type'])
    expect(parseSearchParams({ q: 'x', year: '9'.repeat(500), page: '1' }).leftOut).toEqual(['year'])
  })

  it('writes each search one way, page 1 without a number', () => {
    const { request } = parseSearchParams({ q: 'ceasefire now', type: 'article', year: '2024' })
    expect(searchHref(request)).toBe('/search?q=ceasefire+now&type=article&year=2024')
    expect(searchHref({ ...request, page: 3 })).toBe('/search?q=ceasefire+now&type=article&year=2024&page=3')
  })
})

describe('snippets and highlights', () => {
  const query = parseSearchQuery('occupation "Black Sea"')

  it('marks matched words as written, found by their searched spelling', () => {
    expect(marked(highlight('OCCUPATION of the Black Sea coast', query))).toEqual(['OCCUPATION', 'Black Sea'])
    expect(marked(highlight('Black and Sea, occupational', query))).toEqual([])
    expect(marked(highlight('التَّضَامُنُ مع غزة', parseSearchQuery('التضامن')))).toEqual(['التَّضَامُنُ'])
  })

  it('cuts a long text around its matches, with ellipses where it was cut', () => {
    const filler = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ')
    const shown = snippet(`${filler(100)} the occupation began ${filler(100)}`, query)
    expect(marked(shown)).toEqual(['occupation'])
    expect(joined(shown).startsWith('… ')).toBe(true)
    expect(joined(shown).endsWith(' …')).toBe(true)
    expect(joined(shown).split(' ').length).toBeLessThan(40)
  })

  it('shows the start of the text when only the title matched', () => {
    expect(joined(snippet('Nothing to see here.', query))).toBe('Nothing to see here.')
  })

  it('renders matched words in <mark> and everything as text, never as markup', () => {
    const html = renderToStaticMarkup(createElement(HighlightedText, { text: highlight('<img src=x onerror=alert(1)> occupation', query) }))
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>occupation</mark>')
  })
})
