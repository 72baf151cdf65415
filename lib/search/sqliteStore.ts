import { type Client, createClient, type InStatement, type InValue } from '@libsql/client'

import type { LanguageCode } from '@/i18n/languages'
import { indexedText } from '@/lib/search/normalise'
import type { SearchEntry, SearchKindName } from '@/lib/search/kinds'
import { languagePreference, SEARCH_INDEX_VERSION, type SearchStore, type StoredHit, yearOf } from '@/lib/search/store'

/**
 * `search_documents` holds what results show and are filtered by, one row per document and language;
 * `search_terms`, an FTS5 table with the same rowids, holds the normalised words of each title and
 * text. The tokenizer splits on what is not a letter, digit or mark, as the normaliser does, and
 * changes nothing else: diacritics and Arabic spellings are already folded in code (see normalise.ts).
 */
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS search_documents (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    language TEXT NOT NULL,
    slug TEXT,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    date TEXT,
    year INTEGER,
    topics TEXT NOT NULL,
    languages INTEGER NOT NULL,
    UNIQUE (kind, doc_id, language)
  )`,
  'CREATE INDEX IF NOT EXISTS search_documents_year ON search_documents (year)',
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_terms USING fts5(title, body, tokenize = "unicode61 remove_diacritics 0 categories 'L* N* M*'")`,
]
const DROP = ['DROP TABLE IF EXISTS search_terms', 'DROP TABLE IF EXISTS search_documents']
/** A title match outweighs a match in the text by this much in the relevance score. */
const TITLE_WEIGHT = 10
/** Rows a rebuild inserts per statement (11 values each, far below SQLite's limit of 32,766). */
const ROWS_PER_INSERT = 200

/**
 * `languages` is how many entries the entry's document has: a search looks for a better-placed
 * entry of the same document only when there can be one. A document's entries are always written
 * together, so it stays true.
 */
const DOCUMENT_COLUMNS = 'id, kind, doc_id, language, slug, title, text, date, year, topics, languages'
const DOCUMENT_WIDTH = 11
const documentValues = (id: number | null, entry: SearchEntry, languages: number): InValue[] => [
  id,
  entry.kind,
  entry.docId,
  entry.language,
  entry.slug,
  entry.title,
  entry.text,
  entry.date,
  yearOf(entry.date),
  ` ${entry.topics.join(' ')} `,
  languages,
]
const termValues = (entry: SearchEntry): InValue[] => [indexedText(entry.title), indexedText(entry.text)]

const removal = (kind: SearchKindName, docId: string): InStatement[] => [
  { sql: 'DELETE FROM search_terms WHERE rowid IN (SELECT id FROM search_documents WHERE kind = ? AND doc_id = ?)', args: [kind, docId] },
  { sql: 'DELETE FROM search_documents WHERE kind = ? AND doc_id = ?', args: [kind, docId] },
]

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size))
}

const placeholders = (count: number, width: number) => Array.from({ length: count }, () => `(${Array(width).fill('?').join(', ')})`).join(', ')

type Row = Record<string, InValue>

export function createSqliteSearchStore(file: string): SearchStore {
  let opened: Promise<Client> | undefined
  const client = () =>
    (opened ??= (async () => {
      const db = createClient({ url: file === ':memory:' ? ':memory:' : `file:${file}` })
      // Visitors read while an editor's save or a rebuild writes; a writer waits its turn. A crash
      // may lose the last writes to the index, never corrupt it, and a rebuild restores them: no
      // need to wait for the disk at every save.
      if (file !== ':memory:') {
        await db.execute('PRAGMA journal_mode = WAL')
        await db.execute('PRAGMA synchronous = NORMAL')
      }
      await db.execute('PRAGMA busy_timeout = 10000')
      return db
    })())

  return {
    async ensure() {
      const db = await client()
      const version = Number((await db.execute('PRAGMA user_version')).rows[0]?.user_version ?? 0)
      if (version === SEARCH_INDEX_VERSION) return { empty: false }
      // An index of another version is rebuilt from scratch; a new one (version 0) may be being
      // created by another process at this moment, which IF NOT EXISTS tolerates.
      await db.batch([...(version === 0 ? [] : DROP), ...SCHEMA, `PRAGMA user_version = ${SEARCH_INDEX_VERSION}`], 'write')
      return { empty: true }
    },

    async replace(kind, docId, entries) {
      // One batch is one transaction: a search sees the document's old entries or its new ones.
      await (await client()).batch(
        [
          ...removal(kind, docId),
          ...entries.flatMap((entry): InStatement[] => [
            { sql: `INSERT INTO search_documents (${DOCUMENT_COLUMNS}) VALUES ${placeholders(1, DOCUMENT_WIDTH)}`, args: documentValues(null, entry, entries.length) },
            { sql: 'INSERT INTO search_terms (rowid, title, body) VALUES (last_insert_rowid(), ?, ?)', args: termValues(entry) },
          ]),
        ],
        'write',
      )
    },

    async replaceAll(entries) {
      const languages = new Map<string, number>()
      const key = (entry: SearchEntry) => `${entry.kind} ${entry.docId}`
      for (const entry of entries) languages.set(key(entry), (languages.get(key(entry)) ?? 0) + 1)
      const numbered = entries.map((entry, index) => ({ id: index + 1, entry }))
      const statements: InStatement[] = ['DELETE FROM search_terms', 'DELETE FROM search_documents']
      for (const chunk of chunks(numbered, ROWS_PER_INSERT)) {
        statements.push(
          { sql: `INSERT INTO search_documents (${DOCUMENT_COLUMNS}) VALUES ${placeholders(chunk.length, DOCUMENT_WIDTH)}`, args: chunk.flatMap(({ id, entry }) => documentValues(id, entry, languages.get(key(entry)) ?? 1)) },
          { sql: `INSERT INTO search_terms (rowid, title, body) VALUES ${placeholders(chunk.length, 3)}`, args: chunk.flatMap(({ id, entry }) => [id, ...termValues(entry)]) },
        )
      }
      // Merges the index's segments into one, which later queries read faster.
      statements.push("INSERT INTO search_terms (search_terms) VALUES ('optimize')")
      await (await client()).batch(statements, 'write')
    },

    async counts() {
      const { rows } = await (await client()).execute('SELECT kind, count(DISTINCT doc_id) AS n FROM search_documents GROUP BY kind')
      return Object.fromEntries(rows.map((row) => [String(row.kind), Number(row.n)]))
    },

    async search(query, filters, language, { limit, offset }) {
      // Each part quoted: FTS5 reads it as words in that order, never as its own syntax (NEAR, OR, *).
      const parts = query.parts.map((tokens) => `"${tokens.join(' ')}"`).join(' ')
      const conditions = ['search_terms MATCH ?']
      const args: InValue[] = [parts]
      const narrow = (condition: string, value: InValue) => {
        conditions.push(condition)
        args.push(value)
      }
      if (filters.kind) narrow('d.kind = ?', filters.kind)
      if (filters.year) narrow('d.year = ?', filters.year)
      if (filters.topicId) narrow('instr(d.topics, ?) > 0', ` ${filters.topicId} `)
      // A document's entry stands for it when it is in the visitor's language, or when none of its
      // entries in a language the visitor prefers matches too. Filters need no checking there: a
      // document's entries share its kind, date and topics. Languages are ranked by their place in
      // the order preferred (` uk en ar `).
      const preference = ` ${languagePreference(language).join(' ')} `
      conditions.push(`(d.languages = 1 OR d.language = ? OR NOT EXISTS (
        SELECT 1 FROM search_documents better WHERE better.kind = d.kind AND better.doc_id = d.doc_id
          AND instr(?, ' ' || better.language || ' ') < instr(?, ' ' || d.language || ' ')
          AND better.id IN (SELECT rowid FROM search_terms WHERE search_terms MATCH ?)
      ))`)
      args.push(language, preference, preference, parts)
      // CROSS JOIN keeps the index's matches as the outer loop: left to choose, SQLite scanned every
      // document of a kind and looked each up in the index (150 ms for a word found once).
      const from = `FROM search_terms CROSS JOIN search_documents d ON d.id = search_terms.rowid WHERE ${conditions.join(' AND ')}`
      const db = await client()
      const [page, count] = await Promise.all([
        db.execute({
          // Matches are ranked on what the index and the date alone say; only the page's rows read
          // their words. A title holds every part when the index finds them all in its title column.
          sql: `SELECT d.kind, d.doc_id, d.language, d.slug, d.title, d.text, d.date, terms.body AS text_terms, ranked.in_title FROM (
              SELECT d.id, d.date, d.language = ? AS in_language,
                search_terms.rowid IN (SELECT rowid FROM search_terms WHERE search_terms MATCH ?) AS in_title,
                bm25(search_terms, ${TITLE_WEIGHT}.0, 1.0) AS score
              ${from}
              ORDER BY in_language DESC, in_title DESC, score, d.date DESC, d.id
              LIMIT ? OFFSET ?
            ) ranked CROSS JOIN search_documents d ON d.id = ranked.id CROSS JOIN search_terms terms ON terms.rowid = ranked.id
            ORDER BY ranked.in_language DESC, ranked.in_title DESC, ranked.score, ranked.date DESC, ranked.id`,
          args: [language, `{title} : (${parts})`, ...args, limit, offset],
        }),
        db.execute({ sql: `SELECT count(*) AS n ${from}`, args }),
      ])
      return { total: Number(count.rows[0].n), hits: page.rows.map((row) => storedHit(row as Row)) }
    },

    async years() {
      const { rows } = await (await client()).execute('SELECT DISTINCT year FROM search_documents WHERE year IS NOT NULL ORDER BY year DESC')
      return rows.map((row) => Number(row.year))
    },
  }
}

function storedHit(row: Row): StoredHit {
  return {
    kind: String(row.kind) as SearchKindName,
    docId: String(row.doc_id),
    language: String(row.language) as LanguageCode,
    slug: row.slug === null ? null : String(row.slug),
    title: String(row.title),
    text: String(row.text),
    date: row.date === null ? null : String(row.date),
    textTerms: String(row.text_terms),
    inTitle: Number(row.in_title) === 1,
  }
}
