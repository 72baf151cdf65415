import { type Client, createClient, type InStatement, type InValue } from '@libsql/client'

import { indexedText } from '@/lib/search/normalise'
import type { SearchEntry, SearchKindName } from '@/lib/search/kinds'
import { SEARCH_INDEX_VERSION, type SearchStore, type StoredHit, yearOf } from '@/lib/search/store'

/**
 * `search_documents` holds what results show and are filtered by; `search_terms`, an FTS5 table with
 * the same rowids, holds the normalised words of each title and text. The tokenizer splits on what
 * is not a letter, digit or mark, as the normaliser does, and changes nothing else: diacritics and
 * Arabic spellings are already folded in code (see normalise.ts).
 */
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS search_documents (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    slug TEXT,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    date TEXT,
    year INTEGER,
    topics TEXT NOT NULL,
    UNIQUE (kind, doc_id)
  )`,
  'CREATE INDEX IF NOT EXISTS search_documents_year ON search_documents (year)',
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_terms USING fts5(title, body, tokenize = "unicode61 remove_diacritics 0 categories 'L* N* M*'")`,
]
const DROP = ['DROP TABLE IF EXISTS search_terms', 'DROP TABLE IF EXISTS search_documents']
/** A title match outweighs a match in the text by this much in the relevance score. */
const TITLE_WEIGHT = 10
/** Rows a rebuild inserts per statement (9 values each, far below SQLite's limit of 32,766). */
const ROWS_PER_INSERT = 200

const DOCUMENT_COLUMNS = 'id, kind, doc_id, slug, title, text, date, year, topics'
const documentValues = (id: number | null, entry: SearchEntry): InValue[] => [
  id,
  entry.kind,
  entry.docId,
  entry.slug,
  entry.title,
  entry.text,
  entry.date,
  yearOf(entry.date),
  ` ${entry.topics.join(' ')} `,
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

    async upsert(entries) {
      if (entries.length === 0) return
      await (await client()).batch(
        entries.flatMap((entry) => [
          ...removal(entry.kind, entry.docId),
          { sql: `INSERT INTO search_documents (${DOCUMENT_COLUMNS}) VALUES (${placeholders(1, 9).slice(1, -1)})`, args: documentValues(null, entry) },
          { sql: 'INSERT INTO search_terms (rowid, title, body) VALUES (last_insert_rowid(), ?, ?)', args: termValues(entry) },
        ]),
        'write',
      )
    },

    async remove(kind, docIds) {
      if (docIds.length === 0) return
      await (await client()).batch(docIds.flatMap((docId) => removal(kind, docId)), 'write')
    },

    async replaceAll(entries) {
      const numbered = entries.map((entry, index) => ({ id: index + 1, entry }))
      const statements: InStatement[] = ['DELETE FROM search_terms', 'DELETE FROM search_documents']
      for (const chunk of chunks(numbered, ROWS_PER_INSERT)) {
        statements.push(
          { sql: `INSERT INTO search_documents (${DOCUMENT_COLUMNS}) VALUES ${placeholders(chunk.length, 9)}`, args: chunk.flatMap(({ id, entry }) => documentValues(id, entry)) },
          { sql: `INSERT INTO search_terms (rowid, title, body) VALUES ${placeholders(chunk.length, 3)}`, args: chunk.flatMap(({ id, entry }) => [id, ...termValues(entry)]) },
        )
      }
      // Merges the index's segments into one, which later queries read faster.
      statements.push("INSERT INTO search_terms (search_terms) VALUES ('optimize')")
      await (await client()).batch(statements, 'write')
    },

    async counts() {
      const { rows } = await (await client()).execute('SELECT kind, count(*) AS n FROM search_documents GROUP BY kind')
      return Object.fromEntries(rows.map((row) => [String(row.kind), Number(row.n)]))
    },

    async search(query, filters, { limit, offset }) {
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
      // CROSS JOIN keeps the index's matches as the outer loop: left to choose, SQLite scanned every
      // document of a kind and looked each up in the index (150 ms for a word found once).
      const from = `FROM search_terms CROSS JOIN search_documents d ON d.id = search_terms.rowid WHERE ${conditions.join(' AND ')}`
      const db = await client()
      const [page, count] = await Promise.all([
        db.execute({
          // Matches are ranked on what the index and the date alone say; only the page's rows read
          // their words. A title holds every part when the index finds them all in its title column.
          sql: `SELECT d.kind, d.doc_id, d.slug, d.title, d.text, d.date, terms.body AS text_terms, ranked.in_title FROM (
              SELECT d.id, d.date,
                search_terms.rowid IN (SELECT rowid FROM search_terms WHERE search_terms MATCH ?) AS in_title,
                bm25(search_terms, ${TITLE_WEIGHT}.0, 1.0) AS score
              ${from}
              ORDER BY in_title DESC, score, d.date DESC, d.id
              LIMIT ? OFFSET ?
            ) ranked CROSS JOIN search_documents d ON d.id = ranked.id CROSS JOIN search_terms terms ON terms.rowid = ranked.id
            ORDER BY ranked.in_title DESC, ranked.score, ranked.date DESC, ranked.id`,
          args: [`{title} : (${parts})`, ...args, limit, offset],
        }),
        // Without filters the index counts its matches alone.
        conditions.length === 1
          ? db.execute({ sql: 'SELECT count(*) AS n FROM search_terms WHERE search_terms MATCH ?', args })
          : db.execute({ sql: `SELECT count(*) AS n ${from}`, args }),
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
    slug: row.slug === null ? null : String(row.slug),
    title: String(row.title),
    text: String(row.text),
    date: row.date === null ? null : String(row.date),
    textTerms: String(row.text_terms),
    inTitle: Number(row.in_title) === 1,
  }
}
