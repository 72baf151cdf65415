import { type CollectionBeforeOperationHook, NotFound } from 'payload'

import { isWellFormedId } from '@/apiGuards/documentId'

/**
 * `/api/articles/abc` on SQLite (numeric ids) would reach the database as a failing query and come
 * back as a 500. An id that cannot exist is answered like any unknown document: 404.
 * Upstream, the same failure on Postgres: payloadcms/payload#8347.
 */
export const rejectMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null) return args
  if (!isWellFormedId(req.payload, id)) throw new NotFound(req.t)
  return args
}
