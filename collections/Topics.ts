import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { slugField } from '@/fields/slug'
import { revalidateTopics } from '@/hooks/revalidateTags'


export const Topics: CollectionConfig = {
  slug: 'topics',
  access: {
    read: anyone,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug'],
    group: 'Content',
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 80 },
    slugField('name'),
    { name: 'description', type: 'textarea', maxLength: 500 },
  ],
  hooks: {
    afterChange: [revalidateTopics.afterChange],
    afterDelete: [revalidateTopics.afterDelete],
  },
}
