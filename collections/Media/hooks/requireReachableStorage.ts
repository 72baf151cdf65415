import type { CollectionBeforeChangeHook } from 'payload'

import { mediaFiles } from '@/collections/Media/fileStore'

/**
 * Files reach a bucket only after the record is written; when storing them fails, the write is
 * undone (plugins/undoUnstoredUploads.ts). A bucket that plainly does not answer is refused
 * earlier, with nothing written and nothing to undo, by one cheap question to the store
 * (explainErrors answers 503 either way).
 */
export const requireReachableStorage: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (req.file) await mediaFiles().exists('.reachable')
  return data
}
