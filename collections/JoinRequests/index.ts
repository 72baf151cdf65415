import type { CollectionConfig, FieldAccess } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { nobody } from '@/access/nobody'
import { joinRequestsByEmail } from '@/endpoints/joinRequestsByEmail'
import { adminText } from '@/i18n/adminText'
import { languageNames } from '@/i18n/languageNames'
import { languageCodes } from '@/i18n/languages'
import { MAX_MESSAGE_LENGTH, MAX_NAME_LENGTH } from '@/lib/join/limits'

/** What the visitor wrote stays as they wrote it: organisers only mark a request handled. */
const asWritten: { update: FieldAccess } = { update: nobody }

/**
 * Messages sent through the join form (lib/join/submitJoinRequest.ts, the only writer). They name
 * people, so only the editorial team reads them, and nobody creates one through the API. They are
 * deleted after the retention period in the site settings (lib/join/deleteExpiredJoinRequests.ts).
 */
export const JoinRequests: CollectionConfig = {
  slug: 'join-requests',
  labels: { singular: adminText('joinRequests:singular'), plural: adminText('joinRequests:plural') },
  access: {
    read: isEditorOrAdmin,
    create: nobody,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['createdAt', 'name', 'email', 'handled'],
    listSearchableFields: ['email', 'name', 'message'],
    description: adminText('joinRequests:description'),
    components: { beforeListTable: ['/components/admin/joinRequests/OnePersonsRequests#OnePersonsRequests'] },
  },
  defaultSort: '-createdAt',
  endpoints: joinRequestsByEmail,
  fields: [
    { name: 'name', label: adminText('fields:name:label'), type: 'text', maxLength: MAX_NAME_LENGTH, access: asWritten, admin: { readOnly: true } },
    {
      name: 'email',
      label: adminText('joinRequests:email:label'),
      type: 'email',
      required: true,
      index: true,
      access: asWritten,
      admin: { readOnly: true },
    },
    {
      name: 'message',
      label: adminText('joinRequests:message:label'),
      type: 'textarea',
      required: true,
      maxLength: MAX_MESSAGE_LENGTH,
      access: asWritten,
      admin: { readOnly: true },
    },
    {
      name: 'language',
      label: adminText('joinRequests:language:label'),
      type: 'select',
      required: true,
      options: languageCodes.map((code) => ({ value: code, label: languageNames(code) })),
      access: asWritten,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'handled',
      label: adminText('joinRequests:handled:label'),
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: adminText('joinRequests:handled:description') },
    },
  ],
}
