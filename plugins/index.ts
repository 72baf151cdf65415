import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

type Titled = { title?: string; standfirst?: string | null; participation?: string | null }

export const plugins: Plugin[] = [
  seoPlugin({
    collections: ['articles', 'demo-reports'],
    uploadsCollection: 'media',
    generateTitle: ({ doc }) => (doc as Titled).title ?? '',
    generateDescription: ({ doc }) => (doc as Titled).standfirst ?? (doc as Titled).participation ?? '',
  }),
]
