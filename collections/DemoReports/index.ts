import type { CollectionConfig } from 'payload'

import { editorialAccess, editorialHooks, editorialPreview, editorialVersions } from '@/collections/editorial'
import { publishedAtField } from '@/fields/publishedAt'
import { bodyEditor } from '@/fields/richText'
import { validateExternalURL } from '@/fields/safeURL'
import { slugField } from '@/fields/slug'
import { topicsField } from '@/fields/topics'
import { timeOfDayField } from '@/fields/timeOfDay'
import { untranslatedField } from '@/fields/untranslated'
import { adminText } from '@/i18n/adminText'

import { expireDemoAtItsEnd } from '@/collections/DemoReports/hooks/expireDemoAtItsEnd'
import { revalidateDemoReport } from '@/collections/DemoReports/hooks/revalidateDemoReport'
import { mustExist } from '@/fields/mustExist'

export const DemoReports: CollectionConfig = {
  slug: 'demo-reports',
  labels: { singular: adminText('demoReports:singular'), plural: adminText('demoReports:plural') },
  access: editorialAccess,
  admin: {
    useAsTitle: 'title',
    listSearchableFields: ['title', 'place.venue', 'place.city', 'slug'],
    defaultColumns: ['title', 'date', '_status', 'untranslated', 'updatedAt'],
    group: adminText('groups:content'),
    description: adminText('demoReports:description'),
    ...editorialPreview('demo-reports'),
  },
  defaultSort: '-date',
  // Published reports by date (the lists, search) and by publication (feeds, sitemap): see Articles.
  indexes: [{ fields: ['_status', 'date'] }, { fields: ['_status', 'publishedAt'] }],
  fields: [
    { name: 'title', localized: true, label: adminText('fields:title:label'), type: 'text', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          label: adminText('demoReports:date:label'),
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' }, width: '50%' },
        },
        timeOfDayField('startTime', adminText('demoReports:startTime:label')),
        timeOfDayField('endTime', adminText('demoReports:endTime:label')),
      ],
    },
    {
      name: 'place',
      label: adminText('demoReports:place:label'),
      type: 'group',
      fields: [
        {
          name: 'venue',
          label: adminText('demoReports:venue:label'),
          type: 'text',
          maxLength: 300,
          admin: { description: adminText('demoReports:venue:description') },
        },
        {
          type: 'row',
          fields: [
            { name: 'city', label: adminText('demoReports:city:label'), type: 'text', maxLength: 100, admin: { width: '50%' } },
            { name: 'country', label: adminText('demoReports:country:label'), type: 'text', maxLength: 100, admin: { width: '50%' } },
          ],
        },
      ],
    },
    {
      name: 'cause',
      localized: true,
      label: adminText('demoReports:cause:label'),
      type: 'text',
      maxLength: 200,
      admin: { description: adminText('demoReports:cause:description') },
    },
    {
      name: 'organisers',
      label: adminText('demoReports:organisers:label'),
      labels: { singular: adminText('demoReports:organisers:singular'), plural: adminText('demoReports:organisers:plural') },
      type: 'array',
      admin: { description: adminText('demoReports:organisers:description') },
      fields: [{ name: 'name', label: adminText('fields:name:label'), type: 'text', required: true, maxLength: 200 }],
    },
    {
      name: 'participation',
      localized: true,
      label: adminText('demoReports:participation:label'),
      type: 'textarea',
      maxLength: 1000,
      admin: { description: adminText('demoReports:participation:description') },
    },
    { name: 'body', localized: true, label: adminText('fields:body:label'), type: 'richText', editor: bodyEditor },
    {
      name: 'photos',
      label: adminText('demoReports:photos:label'),
      type: 'upload',
      relationTo: 'media',
      filterOptions: mustExist,
      hasMany: true,
      admin: { description: adminText('demoReports:photos:description') },
    },
    {
      name: 'links',
      label: adminText('demoReports:links:label'),
      labels: { singular: adminText('demoReports:links:singular'), plural: adminText('demoReports:links:plural') },
      type: 'array',
      admin: { description: adminText('demoReports:links:description') },
      fields: [
        { name: 'title', label: adminText('fields:title:label'), type: 'text', required: true, maxLength: 200 },
        { name: 'url', label: adminText('fields:url:label'), type: 'text', required: true, maxLength: 2000, validate: validateExternalURL },
      ],
    },
    slugField(),
    untranslatedField('demo-reports'),
    publishedAtField,
    topicsField,
  ],
  hooks: {
    ...editorialHooks,
    afterChange: [revalidateDemoReport.afterChange, expireDemoAtItsEnd],
    afterDelete: [revalidateDemoReport.afterDelete],
  },
  versions: editorialVersions,
}
