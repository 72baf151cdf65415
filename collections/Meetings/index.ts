import type { CollectionConfig } from 'payload'

import { editorialAccess, editorialHooks, editorialPreview, editorialVersions } from '@/collections/editorial'
import { publishedAtField } from '@/fields/publishedAt'
import { slugField } from '@/fields/slug'
import { topicsField } from '@/fields/topics'
import { untranslatedField } from '@/fields/untranslated'
import { adminText } from '@/i18n/adminText'

import { expireMeetingAtItsEnd } from '@/collections/Meetings/hooks/expireMeetingAtItsEnd'
import { revalidateMeeting } from '@/collections/Meetings/hooks/revalidateMeeting'
import { meetingStatusOptions } from '@/collections/Meetings/status'
import { endsAfterStart, onlineLinkOrPlace } from '@/collections/Meetings/validation'

const dateAndTime = { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm', timeIntervals: 15 } as const

/** The group's meetings ("Join our discussions"): published like articles, listed as upcoming until they end. */
export const Meetings: CollectionConfig = {
  slug: 'meetings',
  labels: { singular: adminText('meetings:singular'), plural: adminText('meetings:plural') },
  access: editorialAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'status', '_status', 'untranslated', 'updatedAt'],
    group: adminText('groups:content'),
    description: adminText('meetings:description'),
    listSearchableFields: ['title', 'place', 'slug'],
    ...editorialPreview('meetings'),
  },
  defaultSort: '-startsAt',
  // Visitors read published meetings by when they end (upcoming or past) and by when they start (the order).
  indexes: [{ fields: ['_status', 'endsAt'] }, { fields: ['_status', 'startsAt'] }],
  fields: [
    { name: 'title', localized: true, label: adminText('fields:title:label'), type: 'text', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          label: adminText('meetings:startsAt:label'),
          type: 'date',
          required: true,
          index: true,
          admin: { date: dateAndTime, width: '50%' },
        },
        {
          name: 'endsAt',
          label: adminText('meetings:endsAt:label'),
          type: 'date',
          required: true,
          index: true,
          validate: endsAfterStart,
          admin: { date: dateAndTime, width: '50%' },
        },
      ],
    },
    {
      name: 'status',
      label: adminText('meetings:status:label'),
      type: 'select',
      // Not `required`: saves that leave it out (the API, scripts) get the default; an empty one reads as scheduled.
      defaultValue: 'scheduled',
      options: meetingStatusOptions,
      admin: { description: adminText('meetings:status:description') },
    },
    {
      name: 'place',
      label: adminText('meetings:place:label'),
      type: 'text',
      maxLength: 300,
      admin: { description: adminText('meetings:place:description') },
    },
    {
      name: 'onlineLink',
      label: adminText('meetings:onlineLink:label'),
      type: 'text',
      maxLength: 2000,
      validate: onlineLinkOrPlace,
      admin: { description: adminText('meetings:onlineLink:description') },
    },
    { name: 'description', localized: true, label: adminText('meetings:details:label'), type: 'textarea', maxLength: 3000 },
    slugField(),
    untranslatedField('meetings'),
    publishedAtField,
    topicsField,
  ],
  hooks: {
    ...editorialHooks,
    afterChange: [revalidateMeeting.afterChange, expireMeetingAtItsEnd],
    afterDelete: [revalidateMeeting.afterDelete],
  },
  versions: editorialVersions,
}
