import { type DatabaseConfig, parseDatabaseURL, parseMediaDir } from '@/lib/env'

export type StoredData = { database: DatabaseConfig; mediaDir: string }

/** Where the site keeps its data, read from the same variables the site itself reads. */
export function storedData(vars: Record<string, string | undefined> = process.env): StoredData {
  return { database: parseDatabaseURL(vars.DATABASE_URL), mediaDir: parseMediaDir(vars.MEDIA_DIR) }
}
