import type { CollectionBeforeOperationHook } from 'payload'

/** The most documents one anonymous API request returns: enough for any page of the site. */
export const ANONYMOUS_MAX_LIMIT = 100
/** How deep an anonymous API request may populate relationships. */
export const ANONYMOUS_MAX_DEPTH = 2

type ReadArgs = { depth?: number; limit?: number; pagination?: boolean }

/**
 * One anonymous request must not make the server read or serialise a whole collection:
 * `?pagination=false` or `?limit=0` (everything), `?limit=1000000` or `?depth=10` are brought within
 * bounds rather than refused, so a client asking for too much still gets a useful first page.
 * Only requests from outside count: the site's own pages use the Local API and read what they need.
 */
export const boundAnonymousReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.user || req.payloadAPI === 'local') return args
  const { depth, limit } = args as ReadArgs
  return {
    ...args,
    depth: depth === undefined ? undefined : Math.min(Math.max(depth, 0), ANONYMOUS_MAX_DEPTH),
    // `limit=0` means "everything" to Payload; NaN comes from `limit=abc`.
    limit: limit === undefined ? undefined : limit > 0 && limit <= ANONYMOUS_MAX_LIMIT ? limit : ANONYMOUS_MAX_LIMIT,
    pagination: true,
  } as typeof args
}
