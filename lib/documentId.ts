import { isValidID, type Payload } from 'payload'

/** Whether `id` could name a document in this database: a whole number on SQLite, an ObjectId on MongoDB. */
export function isWellFormedId(payload: Payload, id: unknown): boolean {
  return payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(String(id)) : isValidID(String(id), 'ObjectID')
}
