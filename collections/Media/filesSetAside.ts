import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload, Where } from 'payload'

import { env } from '@/lib/env'
import type { Media } from '@/payload-types'

/**
 * Payload replaces a photo's files by deleting the old ones, writing the new ones and only then
 * committing the record, so a crash in between would leave a record naming files that are gone.
 * The old files are copied aside first; when the replacement has ended (or, after a crash, at the
 * next start) each copy goes back if the record still names its file, and is dropped if not.
 * Copies live under a dot-folder of the uploads, on the same disk, where nothing serves them.
 */
const setAsideRoot = () => path.join(env().mediaDir, '.set-aside')

/** Copies the named uploads aside and returns the folder that holds them. */
export async function setAside(filenames: string[]): Promise<string> {
  const folder = path.join(setAsideRoot(), randomUUID())
  await fs.mkdir(folder, { recursive: true })
  for (const filename of filenames) {
    // A clone where the file system can make one, a plain copy where it cannot.
    await fs.copyFile(path.join(env().mediaDir, filename), path.join(folder, filename), fs.constants.COPYFILE_FICLONE)
  }
  return folder
}

/** The names of a photo's stored files: the original and each size it has. */
export const filesOfPhoto = (photo: Pick<Media, 'filename' | 'sizes'>): string[] =>
  [photo.filename, ...Object.values(photo.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => !!name)

const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  )

/** Which of `filenames` a photo names, as its original or one of its sizes: one query for them all. */
async function namedByPhotos(payload: Payload, filenames: string[]): Promise<Set<string>> {
  if (filenames.length === 0) return new Set()
  const sizes = (payload.collections.media.config.upload.imageSizes ?? []).map((size) => size.name)
  const where: Where = {
    or: [
      { filename: { in: filenames } },
      ...sizes.map((size) => ({ [`sizes.${size}.filename`]: { in: filenames } })),
    ],
  }
  const { docs } = await payload.find({ collection: 'media', where, overrideAccess: true, pagination: false, depth: 0 })
  return new Set(docs.flatMap(filesOfPhoto))
}

/** Puts back every copy in `folder` whose file a photo still names but the uploads lack, then removes the folder. */
export async function settleSetAside(payload: Payload, folder: string): Promise<void> {
  const missing: string[] = []
  for (const filename of await fs.readdir(folder)) {
    if (!(await exists(path.join(env().mediaDir, filename)))) missing.push(filename)
  }
  const named = await namedByPhotos(payload, missing)
  for (const filename of missing.filter((name) => named.has(name))) {
    await fs.rename(path.join(folder, filename), path.join(env().mediaDir, filename))
    payload.logger.warn(`Put back ${filename}: its replacement did not finish.`)
  }
  await fs.rm(folder, { recursive: true, force: true })
  // Gone once nothing else is aside, so the uploads folder holds uploads only; another replacement may still use it.
  await fs.rmdir(setAsideRoot()).catch(() => undefined)
}

/** At start: settles what a replacement cut short by a crash left aside. */
export async function settleEverythingSetAside(payload: Payload): Promise<void> {
  const folders = await fs.readdir(setAsideRoot()).catch(() => [])
  for (const folder of folders) await settleSetAside(payload, path.join(setAsideRoot(), folder))
}
