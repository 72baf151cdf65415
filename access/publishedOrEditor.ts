import type { Access } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'

/** The editorial team reads everything; everyone else reads published documents only. */
export const publishedOrEditor: Access = ({ req }) => {
  if (isEditorOrAdmin({ req })) return true
  return { _status: { equals: 'published' } }
}
