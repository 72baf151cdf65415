import type { CollectionSlug, DataFromCollectionSlug, Where } from 'payload'

import { type LanguageCode, languageCodes } from '@/i18n/languages'

import { inLanguage } from '@/lib/search/inLanguage'
import { placeOf } from '@/lib/text/format'
import { articlePath, demoReportPath, meetingPath, topicPath } from '@/lib/urls/paths'
import { photoPath } from '@/lib/urls/photoLinks'
import { plainText } from '@/lib/text/plainText'
import type { Media } from '@/payload-types'

/**
 * One searchable document in one language as the index keeps it: the words shown in a result
 * (`title`, `text`) and what results are filtered and ordered by. A document has an entry in each
 * language its title is written in. Everything is derived from the document, so the index can be
 * rebuilt from the collections at any time.
 */
export type SearchEntry = {
  kind: SearchKindName
  docId: string
  /** The language `title` and `text` are written in. */
  language: LanguageCode
  slug: string | null
  title: string
  /** The words searched besides the title, as written: snippets are cut from them. */
  text: string
  /** ISO date the result is shown and filtered by (publication, demonstration, photo taken), if any. */
  date: string | null
  /** Ids of the topics the document is tagged with, and a topic's own id. */
  topics: string[]
}

type Relation = number | string | { id: number | string } | null | undefined

/** A related document's id, whether it came populated, as an id, or as MongoDB's ObjectId (which has an `id` of its own: bytes). */
function idOf(relation: NonNullable<Relation>): string {
  if (typeof relation !== 'object' || 'toHexString' in relation) return String(relation)
  return String(relation.id)
}

const ids = (relations: Relation[] | null | undefined): string[] => (relations ?? []).flatMap((relation) => (relation === null || relation === undefined ? [] : [idOf(relation)]))

/** One spelling of a date whichever database it came from (MongoDB's driver may hand over a Date). */
function isoDate(value: string | Date | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

const lines = (...values: (string | null | undefined)[]) => values.filter((value): value is string => Boolean(value?.trim())).join('\n')

type KindDefinition<Slug extends CollectionSlug> = {
  collection: Slug
  /** Many of them, in English, for the operator's log ("Articles"); visitors read the strings files. */
  plural: string
  /** What visitors can see, as a query (rebuilds) and as a test of one stored document (hooks). */
  publicWhere: Where
  isPublic: (doc: DataFromCollectionSlug<Slug>) => boolean
  entry: (doc: DataFromCollectionSlug<Slug>) => Omit<SearchEntry, 'kind' | 'docId' | 'language'>
  path: (entry: Pick<SearchEntry, 'docId' | 'slug'>) => string
}

const published: Where = { _status: { equals: 'published' } }

/**
 * Everything visitors can search, by the name it has in `/search?type=`. Adding a kind is one entry
 * here (and its words in the strings files): the index, its upkeep hooks, the rebuild, the type filter and
 * the result list all follow this table.
 */
export const SEARCH_KINDS = {
  article: {
    collection: 'articles',
    plural: 'Articles',
    publicWhere: published,
    isPublic: (doc) => doc._status === 'published',
    entry: (doc) => ({
      slug: doc.slug ?? null,
      title: doc.title,
      text: lines(doc.standfirst, plainText(doc.body)),
      date: doc.publishedAt ?? null,
      topics: ids(doc.topics),
    }),
    path: ({ slug }) => articlePath(slug ?? ''),
  } satisfies KindDefinition<'articles'>,
  'demo-report': {
    collection: 'demo-reports',
    plural: 'Demonstrations',
    publicWhere: published,
    isPublic: (doc) => doc._status === 'published',
    entry: (doc) => ({
      slug: doc.slug ?? null,
      title: doc.title,
      text: lines(doc.cause, placeOf(doc.place), doc.participation, ...(doc.organisers ?? []).map((organiser) => organiser.name), plainText(doc.body)),
      date: doc.date ?? null,
      topics: ids(doc.topics),
    }),
    path: ({ slug }) => demoReportPath(slug ?? ''),
  } satisfies KindDefinition<'demo-reports'>,
  meeting: {
    collection: 'meetings',
    plural: 'Meetings',
    publicWhere: published,
    isPublic: (doc) => doc._status === 'published',
    entry: (doc) => ({ slug: doc.slug ?? null, title: doc.title, text: lines(doc.place, doc.description), date: doc.startsAt ?? null, topics: ids(doc.topics) }),
    path: ({ slug }) => meetingPath(slug ?? ''),
  } satisfies KindDefinition<'meetings'>,
  topic: {
    collection: 'topics',
    plural: 'Topics',
    publicWhere: {},
    isPublic: () => true,
    entry: (doc) => ({ slug: doc.slug ?? null, title: doc.name, text: doc.description ?? '', date: null, topics: [String(doc.id)] }),
    path: ({ slug }) => topicPath(slug ?? ''),
  } satisfies KindDefinition<'topics'>,
  photo: {
    collection: 'media',
    plural: 'Photos',
    // A photo in review shows people who have not been checked for: it is never searchable.
    publicWhere: { visibility: { equals: 'public' } },
    isPublic: (doc) => doc.visibility === 'public',
    entry: (doc) => ({ slug: null, title: doc.alt, text: lines(doc.caption, doc.credit), date: doc.takenAt ?? null, topics: ids(doc.topics) }),
    // Ids are numbers on SQLite and strings on MongoDB; an address takes either.
    path: ({ docId }) => photoPath(docId as unknown as Media['id']),
  } satisfies KindDefinition<'media'>,
}

export type SearchKindName = keyof typeof SEARCH_KINDS
export type SearchKind = (typeof SEARCH_KINDS)[SearchKindName]

export const SEARCH_KIND_NAMES = Object.keys(SEARCH_KINDS) as SearchKindName[]

export function isSearchKindName(value: string | undefined): value is SearchKindName {
  return value !== undefined && Object.hasOwn(SEARCH_KINDS, value)
}

/** The kind whose documents a collection holds, if any. */
export function kindOfCollection(collection: string): SearchKindName | undefined {
  return SEARCH_KIND_NAMES.find((name) => SEARCH_KINDS[name].collection === collection)
}

/**
 * The index entries of a document as the database stores it (every language's value in each of its
 * `localized` fields), whichever its kind: one per language its title is written in, none for a
 * language it is not translated into.
 */
export function entriesOf(kind: SearchKindName, doc: { id: number | string }, localized: ReadonlySet<string>): SearchEntry[] {
  const definition = SEARCH_KINDS[kind] as unknown as KindDefinition<CollectionSlug>
  return languageCodes.flatMap((language) => {
    const entry = definition.entry(inLanguage(doc, localized, language) as DataFromCollectionSlug<CollectionSlug>)
    // Read with no fallback, a title not written in this language is null, whatever the types say.
    const title = entry.title as string | null
    return title?.trim() ? [{ kind, docId: idOf(doc), language, ...entry, date: isoDate(entry.date) }] : []
  })
}

export function isPublicDocument(kind: SearchKindName, doc: object): boolean {
  return (SEARCH_KINDS[kind] as unknown as KindDefinition<CollectionSlug>).isPublic(doc as DataFromCollectionSlug<CollectionSlug>)
}

export function pathOf(entry: Pick<SearchEntry, 'kind' | 'docId' | 'slug'>): string {
  return SEARCH_KINDS[entry.kind].path(entry)
}
