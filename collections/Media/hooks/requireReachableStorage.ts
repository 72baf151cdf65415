import type { CollectionBeforeChangeHook } from 'payload'

import { mediaFiles } from '../fileStore'

/**
 * Files reach a bucket only after the record is written, and SQLite runs Payload's operations
 * without a transaction, so an upload into a bucket that does not answer would leave a record naming
 * files that were never stored. One cheap question to the store first refuses it with nothing
 * written (explainErrors answers 503).
 */
export const requireReachableStorage: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (req.file) await mediaFiles().exists('.reachable')
  return data
}
