/** The longest message the join form takes: a long letter, not a pasted document. */
export const MAX_MESSAGE_LENGTH = 5000
export const MAX_NAME_LENGTH = 100
/** The longest address mail servers deliver to (RFC 5321). */
export const MAX_EMAIL_LENGTH = 254

/** How long join requests are kept unless the site settings say otherwise, and the bounds they may set. */
export const DEFAULT_RETENTION_DAYS = 180
export const RETENTION_DAYS_BOUNDS = { min: 1, max: 730 }

/**
 * Organisers' notifications across the whole site per hour; past it, requests are still stored and
 * seen in the admin, but no more email goes out, so a flood cannot bury the organisers' inbox.
 */
export const NOTIFICATIONS_PER_HOUR = 20
