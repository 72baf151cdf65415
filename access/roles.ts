import type { PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

export type Role = User['role']

export function hasRole(user: PayloadRequest['user'], role: Role): boolean {
  return Boolean(user && 'role' in user && user.role === role)
}
