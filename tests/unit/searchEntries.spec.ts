import { describe, expect, it } from '@jest/globals'

import { inLanguage } from '@/lib/search/inLanguage'
import { entriesOf } from '@/lib/search/kinds'
import { languagePreference } from '@/lib/search/store'

const paragraph = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })

describe('a stored document read in one language', () => {
  const localized = new Set(['title', 'body'])

  it('takes each localized field in that language, with no fallback to English', () => {
    const doc = { id: 1, slug: 'bread', title: { en: 'Bread', uk: 'Хліб' }, body: { en: paragraph('Bakers.') } }
    expect(inLanguage(doc, localized, 'uk')).toEqual({ id: 1, slug: 'bread', title: 'Хліб', body: null })
    expect(inLanguage(doc, localized, 'ar')).toEqual({ id: 1, slug: 'bread', title: null, body: null })
  })

  it('reads a value saved before its field was localized as English only', () => {
    const doc = { id: 1, title: 'Bread', body: null }
    expect(inLanguage(doc, localized, 'en')).toMatchObject({ title: 'Bread' })
    expect(inLanguage(doc, localized, 'uk')).toMatchObject({ title: null })
  })
})

describe('the index entries of a stored document', () => {
  it('are one per language its title is written in, each with that language’s words and the shared fields', () => {
    const article = {
      id: 7,
      slug: 'bread',
      _status: 'published',
      publishedAt: '2024-01-02T00:00:00.000Z',
      topics: [3],
      title: { en: 'Bread', uk: 'Хліб', ar: '  ' },
      standfirst: { en: 'For the strikers.', uk: null },
      body: { en: paragraph('Bakers give bread.'), uk: paragraph('Пекарі дають хліб.'), ar: paragraph('خبز') },
    }
    const entries = entriesOf('article', article, new Set(['title', 'standfirst', 'body']))
    expect(entries).toEqual([
      { kind: 'article', docId: '7', language: 'en', slug: 'bread', title: 'Bread', text: 'For the strikers.\nBakers give bread.', date: '2024-01-02T00:00:00.000Z', topics: ['3'] },
      { kind: 'article', docId: '7', language: 'uk', slug: 'bread', title: 'Хліб', text: 'Пекарі дають хліб.', date: '2024-01-02T00:00:00.000Z', topics: ['3'] },
    ])
  })

  it('are none for a document named in no language', () => {
    const topic = { id: 1, slug: 'words', name: {}, description: { en: 'Words' } }
    expect(entriesOf('topic', topic, new Set(['name', 'description']))).toEqual([])
  })
})

describe('the language a search shows a document in', () => {
  it('is the visitor’s, then English, then the others', () => {
    expect(languagePreference('uk')).toEqual(['uk', 'en', 'ar'])
    expect(languagePreference('ar')).toEqual(['ar', 'en', 'uk'])
    expect(languagePreference('en')).toEqual(['en', 'uk', 'ar'])
  })
})
