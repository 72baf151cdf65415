import type { Access } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'

/**
 * Photos identify the people in them: until an editor has reviewed one and made it public, nobody
 * else can list it, embed it or fetch its files (Payload applies this rule to file requests too).
 */
export const publicMediaOrEditor: Access = ({ req }) => {
  if (isEditorOrAdmin({ req })) return true
  return { visibility: { equals: 'public' } }
}
