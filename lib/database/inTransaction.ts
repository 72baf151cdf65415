import type { PayloadRequest } from 'payload'

/**
 * Whether the request's writes sit in a transaction that has begun and not yet ended (MongoDB on a
 * replica set). Payload ends one by clearing the id; an adapter that runs none (SQLite) leaves the
 * settled promise of none in its place.
 */
export const inTransaction = ({ transactionID }: PayloadRequest): boolean => Boolean(transactionID) && !(transactionID instanceof Promise)
