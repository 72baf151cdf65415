import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { nobody } from '@/access/nobody'
import { adminText } from '@/i18n/adminText'
import { MAX_NOTE_LENGTH } from '@/lib/removal/limits'
import { WISHES } from '@/lib/removal/validateRemovalRequest'

import { applyOutcome } from '@/collections/RemovalRequests/hooks/applyOutcome'
import { closeRequest } from '@/collections/RemovalRequests/hooks/closeRequest'
import { STATUSES } from '@/collections/RemovalRequests/status'

/** What the requester sent, and what the server recorded, stays as it was: editors only choose the outcome. */
const asSent: { update: FieldAccess } = { update: nobody }

/**
 * Requests from people in a photo to blur or remove it (lib/removal/submitRemovalRequest.ts, the
 * only writer). They can identify the requester, so only the editorial team reads them, and nobody
 * creates one through the API. Requests are kept as the record of each outcome; admins may delete one.
 */
export const RemovalRequests: CollectionConfig = {
  slug: 'removal-requests',
  labels: { singular: adminText('removalRequests:singular'), plural: adminText('removalRequests:plural') },
  access: {
    read: isEditorOrAdmin,
    create: nobody,
    update: isEditorOrAdmin,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['createdAt', 'photo', 'wish', 'status'],
    description: adminText('removalRequests:description'),
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'photo', label: adminText('removalRequests:photo:label'), type: 'upload', relationTo: 'media', access: asSent, admin: { readOnly: true } },
    {
      name: 'wish',
      label: adminText('removalRequests:wish:label'),
      type: 'select',
      required: true,
      options: WISHES.map((value) => ({ value, label: adminText(`removalRequests:wish:options:${value}`) })),
      access: asSent,
      admin: { readOnly: true },
    },
    { name: 'note', label: adminText('removalRequests:note:label'), type: 'textarea', maxLength: MAX_NOTE_LENGTH, access: asSent, admin: { readOnly: true } },
    {
      name: 'contact',
      label: adminText('removalRequests:contact:label'),
      type: 'email',
      access: asSent,
      admin: { readOnly: true, description: adminText('removalRequests:contact:description') },
    },
    {
      name: 'status',
      label: adminText('removalRequests:status:label'),
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: STATUSES.map((value) => ({ value, label: adminText(`removalRequests:status:options:${value}`) })),
      admin: { position: 'sidebar', description: adminText('removalRequests:status:description') },
    },
    { name: 'closedBy', label: adminText('removalRequests:closedBy:label'), type: 'relationship', relationTo: 'users', access: asSent, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'closedAt', label: adminText('removalRequests:closedAt:label'), type: 'date', access: asSent, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'requesterAddress',
      label: adminText('removalRequests:requesterAddress:label'),
      type: 'text',
      index: true,
      access: asSent,
      admin: { readOnly: true, position: 'sidebar', description: adminText('removalRequests:requesterAddress:description') },
    },
    { name: 'photoFilename', label: adminText('removalRequests:photoFilename:label'), type: 'text', access: asSent, admin: { readOnly: true, position: 'sidebar' } },
  ],
  hooks: {
    beforeChange: [closeRequest],
    afterChange: [applyOutcome],
  },
}
