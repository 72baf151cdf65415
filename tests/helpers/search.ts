import type { Payload } from 'payload'

import { findSearchResults, type SearchResults } from '@/lib/queries/search'
import { parseSearchParams } from '@/lib/search/params'
import type { Media } from '@/payload-types'

import { testImage } from '@/tests/helpers/images'

type Params = Record<string, string | undefined>

/** What a visitor gets for `/search?…`, as the page asks for it. */
export async function search(payload: Payload, params: Params | string): Promise<SearchResults> {
  return findSearchResults(payload, parseSearchParams(typeof params === 'string' ? { q: params } : params).request)
}

/** The addresses of the results, in order, or null when nothing was searched for. */
export async function foundHrefs(payload: Payload, params: Params | string): Promise<string[] | null> {
  const results = await search(payload, params)
  return results.status === 'searched' ? results.hits.map((hit) => hit.href) : null
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
