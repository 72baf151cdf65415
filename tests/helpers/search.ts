import type { Payload } from 'payload'

import type { LanguageCode } from '@/i18n/languages'
import { findSearchResults, type SearchResults } from '@/lib/queries/search'
import { parseSearchParams } from '@/lib/search/params'
import type { Media } from '@/payload-types'

import { testImage } from '@/tests/helpers/images'

type Params = Record<string, string | undefined>

/** What a visitor gets for `/search?…` (English) or `/<lang>/search?…`, as the page asks for it. */
export async function search(payload: Payload, params: Params | string, lang: LanguageCode = 'en'): Promise<SearchResults> {
  return findSearchResults(payload, lang, parseSearchParams(typeof params === 'string' ? { q: params } : params).request)
}

/** The addresses of the results in the visitor's language, in order, or null when nothing was searched for. */
export async function foundHrefs(payload: Payload, params: Params | string, lang: LanguageCode = 'en'): Promise<string[] | null> {
  const results = await search(payload, params, lang)
  return results.status === 'searched' ? results.hits.map((hit) => hit.url) : null
}

export const textOf = (pieces: { text: string }[]) => pieces.map((piece) => piece.text).join('')

/** A photo with the given words, on a small image made on the spot. */
export async function createPhoto(payload: Payload, data: Partial<Media> & Pick<Media, 'alt' | 'visibility'>) {
  const file = await testImage(64, 48)
  return payload.create({
    collection: 'media',
    data: { licence: 'all-rights-reserved', ...data },
    file: { data: file, mimetype: 'image/jpeg', name: 'search-test.jpg', size: file.length },
  })
}
