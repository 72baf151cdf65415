import { randomUUID } from 'node:crypto'

import type { Payload, Where } from 'payload'

import type { Media } from '@/payload-types'

import { mediaFiles } from '@/collections/Media/fileStore'

/**
 * Payload replaces a photo's files by deleting the old ones, writing the new ones and only then
 * committing the record, so a crash in between would leave a record naming files that are gone.
 * The old files are copied aside first; when the replacement has ended (or, after a crash, at the
 * next start) each copy goes back if the record still names its file, and is dropped if not.
 * Copies live under a dot-folder of the uploads (a key prefix in a bucket), which nothing serves:
 * the file route only serves names a photo record holds.
 */
const SET_ASIDE = '.set-aside'

/** Copies the named uploads aside and returns the folder that holds them. */
export async function setAside(filenames: string[]): Promise<string> {
  const folder = `${SET_ASIDE}/${randomUUID()}`
  for (const filename of filenames) await mediaFiles().copy(filename, `${folder}/${filename}`)
  return folder
}

/** The names of a photo's stored files: the original and each size it has. */
export const filesOfPhoto = (photo: Pick<Media, 'filename' | 'sizes'>): string[] =>
  [photo.filename, ...Object.values(photo.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => !!name)

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
  const store = mediaFiles()
  const copies = await store.list(`${folder}/`)
  const missing: string[] = []
  for (const copy of copies) {
    const filename = copy.slice(folder.length + 1)
    if (!(await store.exists(filename))) missing.push(filename)
  }
  const named = await namedByPhotos(payload, missing)
  for (const filename of missing.filter((name) => named.has(name))) {
    await store.copy(`${folder}/${filename}`, filename)
    payload.logger.warn(`Put back ${filename}: its replacement did not finish.`)
  }
  for (const copy of copies) await store.delete(copy)
}

/**
 * At start: settles what a replacement cut short by a crash left aside. Storage that does not answer
 * must not keep the site from starting; the copies wait for the next start.
 */
export async function settleEverythingSetAside(payload: Payload): Promise<void> {
  try {
    const copies = await mediaFiles().list(`${SET_ASIDE}/`)
    const folders = new Set(copies.map((copy) => copy.split('/').slice(0, 2).join('/')))
    for (const folder of folders) await settleSetAside(payload, folder)
  } catch (error) {
    payload.logger.error({ err: error, msg: `Photos set aside in ${mediaFiles().description} could not be checked; they will be at the next start.` })
  }
}
