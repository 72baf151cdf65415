import type { CollectionConfig } from 'payload'

import { editorialAccess, editorialHooks, editorialVersions } from '@/collections/editorial'
import { publishedAtField } from '@/fields/publishedAt'
import { bodyEditor } from '@/fields/richText'
import { validateExternalURL } from '@/fields/safeURL'
import { slugField } from '@/fields/slug'
import { topicsField } from '@/fields/topics'
import { timeOfDayField } from '@/fields/timeOfDay'
import { previewURL } from '@/lib/urls/paths'

import { revalidateDemoReport } from '@/collections/DemoReports/hooks/revalidateDemoReport'
import { mustExist } from '@/fields/mustExist'

export const DemoReports: CollectionConfig = {
  slug: 'demo-reports',
  labels: { singular: 'Demo report', plural: 'Demo reports' },
  access: editorialAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', '_status', 'updatedAt'],
    group: 'Content',
    description: 'Demonstrations the group took part in, or will: a date in the future is shown as upcoming.',
    preview: (doc) => previewURL('demo-reports', doc.slug as string | undefined),
  },
  defaultSort: '-date',
  // Published reports by date (the lists, search) and by publication (feeds, sitemap): see Articles.
  indexes: [{ fields: ['_status', 'date'] }, { fields: ['_status', 'publishedAt'] }],
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' }, width: '50%' },
        },
        timeOfDayField('startTime', 'Starts at'),
        timeOfDayField('endTime', 'Ends at'),
      ],
    },
    {
      name: 'place',
      type: 'group',
      fields: [
        {
          name: 'venue',
          type: 'text',
          maxLength: 300,
          admin: { description: 'Where it gathers, or the route, e.g. "Russell Square to Whitehall".' },
        },
        {
          type: 'row',
          fields: [
            { name: 'city', type: 'text', maxLength: 100, admin: { width: '50%' } },
            { name: 'country', type: 'text', maxLength: 100, admin: { width: '50%' } },
          ],
        },
      ],
    },
    {
      name: 'cause',
      label: 'Occasion or cause',
      type: 'text',
      maxLength: 200,
      admin: { description: 'e.g. "Ceasefire in Gaza"' },
    },
    {
      name: 'organisers',
      type: 'array',
      admin: { description: 'The coalitions and groups that called the demonstration.' },
      fields: [{ name: 'name', type: 'text', required: true, maxLength: 200 }],
    },
    {
      name: 'participation',
      label: 'How we took part',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'e.g. "We carried our banner from Russell Square."' },
    },
    { name: 'body', type: 'richText', editor: bodyEditor },
    {
      name: 'photos',
      type: 'upload',
      relationTo: 'media',
      filterOptions: mustExist,
      hasMany: true,
      admin: { description: 'Shown as a gallery in this order; drag to reorder.' },
    },
    {
      name: 'links',
      label: 'External links',
      type: 'array',
      admin: { description: 'Press coverage, the organisers’ call-out, videos.' },
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 200 },
        { name: 'url', type: 'text', required: true, maxLength: 2000, validate: validateExternalURL },
      ],
    },
    slugField(),
    publishedAtField,
    topicsField,
  ],
  hooks: {
    ...editorialHooks,
    afterChange: [revalidateDemoReport.afterChange],
    afterDelete: [revalidateDemoReport.afterDelete],
  },
  versions: editorialVersions,
}
