import type { RelationshipField } from 'payload'

import { mustExist } from '@/fields/mustExist'
import { adminText } from '@/i18n/adminText'

/** The topics a document, photo or report belongs to: drives topic pages, feeds and archive filters. */
export const topicsField: RelationshipField = {
  name: 'topics',
  label: adminText('fields:topics:label'),
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  filterOptions: mustExist,
  admin: { position: 'sidebar' },
}
