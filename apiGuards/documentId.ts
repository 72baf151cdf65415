import { isValidID, type Payload } from 'payload'

import { bounds } from '@/apiGuards/bounds'

const NUMERIC_ID = new RegExp(`^\\d{1,${bounds.numericIdDigits}}$`)

/** Whether `id` could name a document in this database: a whole number on SQLite, an ObjectId on MongoDB. */
export function isWellFormedId(payload: Payload, id: unknown): boolean {
  return payload.db.defaultIDType === 'number' ? NUMERIC_ID.test(String(id)) : isValidID(String(id), 'ObjectID')
}
