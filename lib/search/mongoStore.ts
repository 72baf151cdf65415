import { randomBytes } from 'node:crypto'

import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { ClientSession, Db, Document } from 'mongodb'
import type { Payload, PayloadRequest } from 'payload'

import { indexedText } from '@/lib/search/normalise'
import type { SearchEntry, SearchKindName } from '@/lib/search/kinds'
import type { SearchQuery } from '@/lib/search/parseQuery'
import { languagePreference, SEARCH_INDEX_VERSION, type SearchStore, type StoredHit, yearOf } from '@/lib/search/store'

const COLLECTION = 'search_index'
/** The text index's name carries the version: an index of another version is replaced and refilled. */
const TEXT_INDEX = `search_text_v${SEARCH_INDEX_VERSION}`
/** A title match outweighs a match in the text by this much, as on SQLite. */
const TITLE_WEIGHT = 10

type StoredEntry = Omit<SearchEntry, 'docId'> & { docId: string; year: number | null; titleTerms: string; bodyTerms: string }

function stored(entry: SearchEntry): StoredEntry {
  return { ...entry, year: yearOf(entry.date), titleTerms: indexedText(entry.title), bodyTerms: indexedText(entry.text) }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The words of a part as whole words in a normalised text: ` part ` within ` text `, as on SQLite. */
const wholeWords = (tokens: string[]) => new RegExp(`(?:^| )${escapeRegExp(tokens.join(' '))}(?: |$)`)

/**
 * The same matches as SQLite's: the text index finds every entry holding any word of the query
 * (with no language, so no stemming or stop words), and the expressions below keep those that hold
 * each part as whole words in their title or text. MongoDB's own phrase search matches substrings
 * ("war" in "warsaw"), so it is not used.
 */
function matchStage(query: SearchQuery, filters: { kind?: SearchKindName; topicId?: string; year?: number }): Document {
  const words = [...new Set(query.parts.flat())]
  return {
    $text: { $search: words.join(' ') },
    $and: query.parts.map((tokens) => ({ $or: [{ titleTerms: wholeWords(tokens) }, { bodyTerms: wholeWords(tokens) }] })),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.year ? { year: filters.year } : {}),
    ...(filters.topicId ? { topics: filters.topicId } : {}),
  }
}

async function sessionOf(payload: Payload, req?: PayloadRequest): Promise<ClientSession | undefined> {
  const id = req?.transactionID instanceof Promise ? await req.transactionID : req?.transactionID
  const session = id ? (payload.db as unknown as MongooseAdapter).sessions[id] : undefined
  return session?.inTransaction() ? session : undefined
}

async function createIndexes(db: Db, name: string) {
  const collection = db.collection(name)
  await collection.createIndex({ kind: 1, docId: 1, language: 1 }, { unique: true, name: 'search_document' })
  await collection.createIndex({ year: 1 }, { name: 'search_year' })
  await collection.createIndex(
    { titleTerms: 'text', bodyTerms: 'text' },
    // No language: words are compared as the normaliser wrote them. `language_override` names a
    // field no entry has, so each entry's `language` is not read as the text's language (MongoDB
    // knows no "uk" and would refuse the entry).
    { name: TEXT_INDEX, weights: { titleTerms: TITLE_WEIGHT, bodyTerms: 1 }, default_language: 'none', language_override: 'textIndexLanguage' },
  )
}

export function createMongoSearchStore(payload: Payload): SearchStore {
  const database = () => {
    const db = (payload.db as unknown as MongooseAdapter).connection.db
    if (!db) throw new Error('The search index needs a connected MongoDB database')
    return db
  }
  const collection = () => database().collection<StoredEntry>(COLLECTION)

  return {
    async ensure() {
      const db = database()
      const exists = (await db.listCollections({ name: COLLECTION }, { nameOnly: true }).toArray()).length > 0
      const indexes = exists ? await db.collection(COLLECTION).indexes() : []
      if (indexes.some((index) => index.name === TEXT_INDEX)) return { empty: false }
      // An older version's indexes go before this one's are made: a collection has one text index,
      // and an index of the same name may have had other keys (version 2 had no language).
      if (exists) await db.collection(COLLECTION).dropIndexes()
      await createIndexes(db, COLLECTION)
      return { empty: true }
    },

    async replace(kind, docId, entries, req) {
      // Each language replaced in place and only the languages it no longer has deleted: outside a
      // transaction, a search in between never misses the document.
      const languages = entries.map((entry) => entry.language)
      await collection().bulkWrite(
        [
          ...entries.map((entry) => ({ replaceOne: { filter: { kind, docId, language: entry.language }, replacement: stored(entry), upsert: true } })),
          { deleteMany: { filter: { kind, docId, language: { $nin: languages } } } },
        ],
        { session: await sessionOf(payload, req) },
      )
    },

    async replaceAll(entries) {
      // Filled beside the live index, then renamed over it in one step. Instances that start together
      // may each rebuild: each fills a collection of its own, and the last rename wins.
      const db = database()
      const next = `${COLLECTION}_rebuild_${randomBytes(4).toString('hex')}`
      try {
        await createIndexes(db, next)
        for (let start = 0; start < entries.length; start += 1000) {
          await db.collection<StoredEntry>(next).insertMany(entries.slice(start, start + 1000).map(stored), { ordered: false })
        }
        await db.renameCollection(next, COLLECTION, { dropTarget: true })
      } catch (error) {
        await db.collection(next).drop().catch(() => undefined)
        throw error
      }
    },

    async counts() {
      const groups = await collection()
        .aggregate<{ _id: SearchKindName; n: number }>([{ $group: { _id: { kind: '$kind', docId: '$docId' } } }, { $group: { _id: '$_id.kind', n: { $sum: 1 } } }])
        .toArray()
      return Object.fromEntries(groups.map((group) => [group._id, group.n]))
    },

    async search(query, filters, language, { limit, offset }) {
      const inTitle = { $and: query.parts.map((tokens) => ({ $regexMatch: { input: '$titleTerms', regex: wholeWords(tokens) } })) }
      const [result] = await collection()
        .aggregate<{ total: { n: number }[]; hits: StoredHit[] }>([
          { $match: matchStage(query, filters) },
          // Matches are ranked on these few fields alone, as on SQLite; only the page's entries are
          // read in full, below: grouping whole articles would hold every match's words in memory.
          {
            $project: {
              kind: 1,
              docId: 1,
              language: 1,
              date: 1,
              score: { $meta: 'textScore' },
              inTitle,
              inLanguage: { $eq: ['$language', language] },
              preference: { $indexOfArray: [languagePreference(language), '$language'] },
            },
          },
          // Of a document's matching entries, the one in the most preferred language stands for it.
          { $group: { _id: { kind: '$kind', docId: '$docId' }, entry: { $top: { sortBy: { preference: 1 }, output: '$$ROOT' } } } },
          { $replaceRoot: { newRoot: '$entry' } },
          {
            $facet: {
              total: [{ $count: 'n' }],
              hits: [
                { $sort: { inLanguage: -1, inTitle: -1, score: -1, date: -1, _id: 1 } },
                { $skip: offset },
                { $limit: limit },
                { $lookup: { from: COLLECTION, localField: '_id', foreignField: '_id', as: 'stored' } },
                { $unwind: '$stored' },
                {
                  $project: {
                    _id: 0,
                    kind: 1,
                    docId: 1,
                    language: 1,
                    slug: '$stored.slug',
                    title: '$stored.title',
                    text: '$stored.text',
                    date: 1,
                    textTerms: '$stored.bodyTerms',
                    inTitle: 1,
                  },
                },
              ],
            },
          },
        ])
        .toArray()
      return { total: result?.total[0]?.n ?? 0, hits: result?.hits ?? [] }
    },

    async years() {
      const years = await collection().distinct('year')
      return years.filter((year): year is number => typeof year === 'number').sort((a, b) => b - a)
    },
  }
}
