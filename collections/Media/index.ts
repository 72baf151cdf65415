import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { revalidateTagOnChange } from '@/hooks/revalidateTags'
import { cacheTags } from '@/lib/cacheTags'
import { env } from '@/lib/env'
import { mustExist } from '@/fields/mustExist'

const revalidateMedia = revalidateTagOnChange(cacheTags.media)

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
    adminThumbnail: 'thumbnail',
    // Sizes wider than the upload come back empty (never enlarged): templates fall back to the original.
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: { format: 'webp', options: { quality: 72 } } },
      { name: 'card', width: 800, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'large', width: 1600, formatOptions: { format: 'webp', options: { quality: 78 } } },
      // Link previews: the crop social networks expect, centred on the focal point.
      { name: 'og', width: 1200, height: 630, position: 'centre', formatOptions: { format: 'jpeg', options: { quality: 80 } } },
    ],
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
  hooks: {
    afterChange: [revalidateMedia.afterChange],
    afterDelete: [revalidateMedia.afterDelete],
  },
}
