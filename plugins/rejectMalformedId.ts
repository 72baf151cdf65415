import { type CollectionBeforeOperationHook, isValidID, NotFound } from 'payload'

/**
 * `/api/articles/abc` on SQLite (numeric ids) would reach the database as a failing query and come
 * back as a 500. An id that cannot exist is answered like any unknown document: 404.
 */
export const rejectMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null) return args
  const valid =
    req.payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(String(id)) : isValidID(String(id), 'ObjectID')
  if (!valid) throw new NotFound(req.t)
  return args
}
