import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'

import { noteUpload } from '@/lib/faces/uploadLull'

/** A photo arrives (a new one or a replaced file): face checks hold back (see lib/faces/uploadLull.ts). */
export const noteUploadStarts: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.file) noteUpload()
  return args
}

/** ...and again once it is stored, however long its sizes took. */
export const noteUploadEnds: CollectionAfterOperationHook = ({ req, result }) => {
  if (req.file) noteUpload()
  return result
}
