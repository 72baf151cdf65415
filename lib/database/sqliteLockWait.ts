/**
 * How long a write waits for another process's write (`npm run seed`, a test seeding beside a
 * server) to finish. libSQL waits synchronously, so the whole process stands still meanwhile: long
 * enough for another statement, short enough that visitors never notice a lock that stays (the save
 * then fails with a clear 503, see hooks/explainErrors.ts).
 */
export const SQLITE_LOCK_WAIT_MS = 1000
