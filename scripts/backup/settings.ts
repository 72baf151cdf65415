import { type DatabaseConfig, parseDatabaseURL, parseMediaDir, parseS3, type S3Config } from '@/lib/startup/env'

export type StoredData = { database: DatabaseConfig; mediaDir: string; s3: S3Config | null }

/** Where the site keeps its data, read from the same variables the site itself reads. */
export function storedData(vars: Record<string, string | undefined> = process.env): StoredData {
  return { database: parseDatabaseURL(vars.DATABASE_URL), mediaDir: parseMediaDir(vars.MEDIA_DIR), s3: parseS3(vars) }
}
