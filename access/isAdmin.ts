import type { PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'

/** Usable as collection, field and admin-panel access alike: it only needs the request. */
export const isAdmin = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'admin')
