import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { getTableName } from 'drizzle-orm'
import { index } from 'drizzle-orm/sqlite-core'

/**
 * An index on `_parent_id` for each table of localized texts (`*_locales`). Payload's SQLite schema
 * gives those tables only a unique (`_locale`, `_parent_id`) index, which cannot find a document's
 * texts in every language: a read that sorts many documents before its limit looked each one's
 * texts up by scanning the whole table. The admin's articles sorted by status, at 10,000 articles,
 * took 30 s; with the index, under 0.2 s.
 */
export const indexLocalizedTexts: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const table of Object.values(schema.tables)) {
    const name = getTableName(table)
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({ table, extraConfig: (columns) => ({ byDocument: index(`${name}_parent_idx`).on(columns._parentID) }) })
  }
  return schema
}
