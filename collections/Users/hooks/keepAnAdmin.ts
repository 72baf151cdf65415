import {
  APIError,
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

import { validationMessage } from '@/i18n/validationMessage'
import type { User } from '@/payload-types'

async function isLastAdmin(req: PayloadRequest, id: User['id']): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    overrideAccess: true,
    req,
    where: { and: [{ role: { equals: 'admin' } }, { id: { not_equals: id } }] },
  })
  return totalDocs === 0
}

/** A site nobody can administer can only be repaired in the database, so the last admin stays one. */
export const keepAdminRole: CollectionBeforeChangeHook<User> = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const demoted = originalDoc.role === 'admin' && data.role !== undefined && data.role !== 'admin'
  if (demoted && (await isLastAdmin(req, originalDoc.id))) {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'role', message: validationMessage(req, 'lastAdmin') }], req })
  }
  return data
}

export const keepAdminAccount: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({ collection: 'users', id, overrideAccess: true, req, depth: 0 })
  if (user.role === 'admin' && (await isLastAdmin(req, user.id))) throw new APIError(validationMessage(req, 'lastAdmin'), 400, null, true)
}
