/** A few sentences on where someone is in the photo: enough to find them, no room for a document. */
export const MAX_NOTE_LENGTH = 1000

/**
 * Requests still waiting for an editor that one network address may have: enough for a person in a
 * few photos, too few for anyone to empty the archive. Counted from the stored requests, which every
 * instance shares.
 */
export const OPEN_REQUESTS_PER_ADDRESS = 5

/** Form posts one address may send an hour (server/authRateLimits.ts), counted like the join form's. */
export const REMOVAL_POSTS_PER_HOUR = 10

/**
 * Photos taken down automatically across the whole site per hour. Past it, requests wait for an
 * editor with the photo still public, and the organisers are alerted: a flood from many addresses
 * cannot empty the archive.
 */
export const AUTOMATIC_TAKEDOWNS_PER_HOUR = 10

/** Organisers' emails about takedowns per hour, so a flood cannot bury their inbox. */
export const TAKEDOWN_NOTICES_PER_HOUR = 20
