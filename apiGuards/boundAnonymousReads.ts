import type { CollectionBeforeOperationHook } from 'payload'

import { bounds } from '@/apiGuards/bounds'

/**
 * One anonymous request must not make the server read or serialise a whole collection:
 * `?pagination=false` or `?limit=0` (everything) and `?limit=1000000` are brought within bounds
 * rather than refused, so a client asking for too much still gets a useful first page. Depth needs
 * nothing here: Payload holds every request to `maxDepth` (`bounds.depth`).
 * Only requests from outside count: the site's own pages use the Local API and read what they need.
 */
export const boundAnonymousReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.user || req.payloadAPI === 'local') return args
  const { limit } = args as { limit?: number }
  const most = bounds.anonymous.limit
  return {
    ...args,
    // `limit=0` means "everything" to Payload; NaN comes from `limit=abc`.
    limit: limit === undefined ? undefined : limit > 0 && limit <= most ? limit : most,
    pagination: true,
  } as typeof args
}
