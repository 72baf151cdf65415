import type { Access } from 'payload'

import { hasRole } from '@/access/roles'

/** Admins reach every account; anyone else signed in reaches only their own. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
