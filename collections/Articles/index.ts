import type { CollectionConfig } from 'payload'

import { editorialAccess, editorialHooks, editorialPreview, editorialVersions } from '@/collections/editorial'
import { publishedAtField } from '@/fields/publishedAt'
import { bodyEditor } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { topicsField } from '@/fields/topics'
import { untranslatedField } from '@/fields/untranslated'
import { adminText } from '@/i18n/adminText'

import { revalidateArticle } from '@/collections/Articles/hooks/revalidateArticle'
import { mustExist } from '@/fields/mustExist'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: adminText('articles:singular'), plural: adminText('articles:plural') },
  access: editorialAccess,
  admin: {
    useAsTitle: 'title',
    // The list's search box looks where editors remember words from, in the language being edited.
    listSearchableFields: ['title', 'standfirst', 'slug'],
    defaultColumns: ['title', '_status', 'publishedAt', 'untranslated', 'updatedAt'],
    group: adminText('groups:content'),
    ...editorialPreview('articles'),
  },
  defaultSort: '-publishedAt',
  // Visitors read published articles newest first: one index answers both, so a list reads its
  // page and stops, instead of sorting every article (14 ms at 10,000 articles on SQLite, <1 ms with it).
  indexes: [{ fields: ['_status', 'publishedAt'] }],
  fields: [
    { name: 'title', localized: true, label: adminText('fields:title:label'), type: 'text', required: true, maxLength: 200 },
    {
      name: 'standfirst',
      localized: true,
      label: adminText('articles:standfirst:label'),
      type: 'textarea',
      maxLength: 300,
      admin: { description: adminText('articles:standfirst:description') },
    },
    { name: 'heroImage', label: adminText('articles:heroImage:label'), type: 'upload', relationTo: 'media', filterOptions: mustExist },
    { name: 'body', localized: true, label: adminText('fields:body:label'), type: 'richText', editor: bodyEditor },
    slugField(),
    untranslatedField('articles'),
    publishedAtField,
    {
      name: 'byline',
      label: adminText('articles:byline:label'),
      type: 'text',
      maxLength: 120,
      admin: { position: 'sidebar', description: adminText('articles:byline:description') },
    },
    topicsField,
    {
      name: 'relatedDemoReports',
      label: adminText('articles:relatedDemoReports:label'),
      type: 'relationship',
      relationTo: 'demo-reports',
      filterOptions: mustExist,
      hasMany: true,
      admin: { position: 'sidebar' },
    },
  ],
  hooks: {
    ...editorialHooks,
    afterChange: [revalidateArticle.afterChange],
    afterDelete: [revalidateArticle.afterDelete],
  },
  versions: editorialVersions,
}
