/**
 * The header in which the production server (server/index.ts) hands Next the visitor's address, as
 * the rate limits count it (behind TRUST_PROXY proxies, per IPv6 /64). The server replaces whatever
 * a client sent under this name, so a form can count requests per address without trusting the client.
 */
export const VISITOR_ADDRESS_HEADER = 'x-solidarity-visitor'

/** Without the production server (`next dev`), every visitor counts as this one. */
export const UNKNOWN_VISITOR = 'unknown'
