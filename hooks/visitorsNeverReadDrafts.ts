import type { CollectionBeforeOperationHook } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'

const READ_OPERATIONS = new Set(['read', 'count'])

/**
 * `?draft=true` asks Payload for the newest version, which may be an unpublished draft. Access rules
 * filter documents, not versions, so for anyone outside the editorial team the flag is dropped and
 * the published version is what they get. The server's own reads that skip access control (the
 * preview an editor has been let into) keep it: they would otherwise show the published version of
 * a document whose edit is being previewed.
 */
export const visitorsNeverReadDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const skipsAccessControl = 'overrideAccess' in args && args.overrideAccess === true
  if (READ_OPERATIONS.has(operation) && 'draft' in args && !skipsAccessControl && !isEditorOrAdmin({ req })) {
    return { ...args, draft: false }
  }
  return args
}
