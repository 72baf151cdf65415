import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { env } from '@/lib/env'
import { mustExist } from '@/fields/mustExist'

export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    read: anyone,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'demoReport'],
    group: 'Content',
  },
  upload: {
    staticDir: env().mediaDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: 'What the picture shows, for people who cannot see it.' },
    },
    { name: 'caption', type: 'textarea', maxLength: 1000 },
    {
      name: 'credit',
      type: 'text',
      maxLength: 120,
      admin: { description: 'The photographer, or "Illustration" for anything that is not a photograph.' },
    },
    { name: 'demoReport', type: 'relationship', relationTo: 'demo-reports', filterOptions: mustExist, index: true },
    { name: 'topics', type: 'relationship', relationTo: 'topics', filterOptions: mustExist, hasMany: true },
  ],
}
