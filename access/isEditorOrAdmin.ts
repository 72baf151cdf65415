import type { PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'

/** Anyone on the editorial team: editors and admins both write content and use the admin panel. */
export const isEditorOrAdmin = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  hasRole(user, 'editor') || hasRole(user, 'admin')
