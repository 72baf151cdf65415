import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { slugField } from '@/fields/slug'
import { untranslatedField } from '@/fields/untranslated'
import { adminText } from '@/i18n/adminText'
import { revalidateTopics } from '@/hooks/revalidateTags'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: adminText('topics:singular'), plural: adminText('topics:plural') },
  access: {
    read: anyone,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  admin: {
    useAsTitle: 'name',
    listSearchableFields: ['name'],
    defaultColumns: ['name', 'slug', 'untranslated'],
    group: adminText('groups:content'),
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', localized: true, label: adminText('fields:name:label'), type: 'text', required: true, unique: true, maxLength: 80 },
    slugField('name'),
    untranslatedField('topics'),
    { name: 'description', localized: true, label: adminText('topics:description:label'), type: 'textarea', maxLength: 500 },
  ],
  hooks: {
    afterChange: [revalidateTopics.afterChange],
    afterDelete: [revalidateTopics.afterDelete],
  },
}
