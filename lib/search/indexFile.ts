import path from 'node:path'

/**
 * Where the index lives: a database file of its own beside the site's (`site.db` → `site.search.db`).
 * Payload's development schema push compares every table of the site's database with its own schema
 * and offers to drop the ones it does not know, so an FTS5 table there would be dropped, or stop
 * start-up at a data-loss prompt; in a file of its own Payload never sees it. The index is derived
 * from the documents, so backups need not carry it: it is rebuilt when missing.
 */
export function searchIndexFile(databaseFile: string | null): string {
  if (databaseFile === null) return ':memory:'
  const { dir, name, ext } = path.parse(databaseFile)
  return path.join(dir, `${ext === '.db' ? name : name + ext}.search.db`)
}
