import fs from 'node:fs'
import path from 'node:path'

import { type FileStore, fileStoreFor } from '@/collections/Media/fileStore'
import { diskStore } from '@/collections/Media/fileStore/disk'

import { BackupError } from '@/scripts/backup/BackupError'
import type { StoredData } from '@/scripts/backup/settings'

/** The uploads' store, with its failures (a file that is not plain, a bucket that does not answer) as one line. */
async function fromStore<T>(store: FileStore, action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw new BackupError(`${action} ${store.description} failed: ${(error as Error).message}`)
  }
}

/**
 * The media files to archive and the local folder holding them: the uploads folder itself, read in
 * place, or the bucket's objects downloaded into `staging`.
 */
export async function mediaToArchive(stored: StoredData, staging: string): Promise<{ folder: string; files: string[]; from: string }> {
  const store = fileStoreFor(stored)
  const files = await fromStore(store, 'listing', () => store.list())
  if (!stored.s3) return { folder: stored.mediaDir, files, from: store.description }
  for (const name of files) {
    const data = await fromStore(store, `reading ${name} from`, () => store.read(name))
    fs.mkdirSync(path.dirname(path.join(staging, name)), { recursive: true })
    fs.writeFileSync(path.join(staging, name), data)
  }
  return { folder: staging, files, from: store.description }
}

/**
 * A folder is replaced by renaming its parent's entries, which fails for a mount point (a Docker
 * volume mounted at the media folder itself); say so before anything is touched.
 */
export function checkReplaceable({ mediaDir, s3 }: StoredData): void {
  if (s3 || !fs.existsSync(mediaDir)) return
  if (fs.statSync(mediaDir).dev !== fs.statSync(path.dirname(mediaDir)).dev) {
    throw new BackupError(`${mediaDir} is a mount point and cannot be replaced as a whole; mount its parent folder instead`)
  }
}

/**
 * Puts the restored folder in place of the media folder with two renames (old aside, new in), then
 * deletes the old one, so the site never sees a mixture of the two.
 */
function replaceMediaFolder(restored: string, mediaDir: string): void {
  // The restored folder was made private while it filled; it gets the permissions of the one it replaces.
  fs.chmodSync(restored, fs.existsSync(mediaDir) ? fs.statSync(mediaDir).mode & 0o7777 : 0o755)
  if (!fs.existsSync(mediaDir)) {
    fs.renameSync(restored, mediaDir)
    return
  }
  const aside = path.join(path.dirname(mediaDir), `.${path.basename(mediaDir)}.replaced-${process.pid}`)
  fs.renameSync(mediaDir, aside)
  fs.renameSync(restored, mediaDir)
  fs.rmSync(aside, { recursive: true, force: true })
}

/**
 * Makes the uploads exactly the files of the `restored` folder: the folder swapped in whole on disk,
 * or each file written to the bucket and every object the backup did not hold deleted.
 */
export async function putMediaInPlace(stored: StoredData, restored: string): Promise<string> {
  if (!stored.s3) {
    replaceMediaFolder(restored, stored.mediaDir)
    return stored.mediaDir
  }
  const store = fileStoreFor(stored)
  const files = await diskStore(restored).list()
  for (const name of files) await fromStore(store, `writing ${name} to`, () => store.write(name, fs.readFileSync(path.join(restored, name))))
  const restoredNames = new Set(files)
  for (const name of await fromStore(store, 'listing', () => store.list())) {
    if (!restoredNames.has(name)) await fromStore(store, `deleting ${name} from`, () => store.delete(name))
  }
  return store.description
}
