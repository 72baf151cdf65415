import type { CollectionBeforeOperationHook } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'

const READ_OPERATIONS = new Set(['read', 'count'])

/**
 * `?draft=true` asks Payload for the newest version, which may be an unpublished draft. Access rules
 * filter documents, not versions, so for anyone outside the editorial team the flag is dropped and
 * the published version is what they get.
 */
export const visitorsNeverReadDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (READ_OPERATIONS.has(operation) && !isEditorOrAdmin({ req }) && 'draft' in args) {
    return { ...args, draft: false }
  }
  return args
}
