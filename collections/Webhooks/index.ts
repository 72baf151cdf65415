import type { CollectionConfig, FieldAccess, PayloadRequest, TextFieldSingleValidation } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { adminText } from '@/i18n/adminText'
import { saidInEditorsLanguage } from '@/i18n/validationMessage'

import { storeNewSecret } from '@/collections/Webhooks/hooks/storeNewSecret'
import { validateReceiverURL } from '@/collections/Webhooks/receiverURL'
import { WEBHOOK_COLLECTIONS, WEBHOOK_EVENTS } from '@/collections/Webhooks/subscriptions'

/** Long enough that guessing it is hopeless: 32 characters, e.g. `openssl rand -hex 32`. */
export const SHORTEST_SECRET = 32

const adminOnly: { read: FieldAccess; create: FieldAccess; update: FieldAccess } = { read: isAdmin, create: isAdmin, update: isAdmin }
const nobody: FieldAccess = () => false

const validateNewSecret: TextFieldSingleValidation = saidInEditorsLanguage((value: string | null | undefined, { operation }: { operation?: string; req: PayloadRequest }) => {
  if (value) return value.length >= SHORTEST_SECRET || ['secretLength', { min: SHORTEST_SECRET }]
  return operation === 'create' ? 'secretRequired' : true
})

/**
 * Where to POST a signed notice when public content is published, unpublished, deleted or taken
 * down (see plugins/outgoingWebhooks). Only admins see or change them: an address and a secret
 * decide who hears of every change.
 */
export const Webhooks: CollectionConfig = {
  slug: 'webhooks',
  labels: { singular: adminText('webhooks:singular'), plural: adminText('webhooks:plural') },
  access: {
    read: isAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'active', 'updatedAt'],
    group: adminText('groups:settings'),
    description: adminText('webhooks:description'),
  },
  fields: [
    {
      name: 'name',
      label: adminText('fields:name:label'),
      type: 'text',
      required: true,
      maxLength: 120,
      access: adminOnly,
      admin: { description: adminText('webhooks:name:description') },
    },
    {
      name: 'url',
      label: adminText('webhooks:url:label'),
      type: 'text',
      required: true,
      maxLength: 2000,
      access: adminOnly,
      validate: validateReceiverURL,
      admin: { description: adminText('webhooks:url:description') },
    },
    {
      name: 'events',
      label: adminText('webhooks:events:label'),
      type: 'select',
      hasMany: true,
      required: true,
      options: WEBHOOK_EVENTS.map(({ value, label }) => ({ value, label })),
      defaultValue: WEBHOOK_EVENTS.map(({ value }) => value),
      access: adminOnly,
    },
    {
      name: 'collections',
      label: adminText('webhooks:collections:label'),
      type: 'select',
      hasMany: true,
      required: true,
      options: WEBHOOK_COLLECTIONS.map(({ value, label }) => ({ value, label })),
      defaultValue: WEBHOOK_COLLECTIONS.map(({ value }) => value),
      access: adminOnly,
    },
    { name: 'active', label: adminText('webhooks:active:label'), type: 'checkbox', defaultValue: true, access: adminOnly, admin: { position: 'sidebar' } },
    {
      name: 'newSecret',
      label: adminText('webhooks:newSecret:label'),
      type: 'text',
      virtual: true,
      maxLength: 200,
      access: adminOnly,
      validate: validateNewSecret,
      admin: {
        readOnly: false,
        description: adminText('webhooks:newSecret:description'),
      },
    },
    { name: 'secret', label: adminText('webhooks:secret:label'), type: 'text', required: true, access: { read: nobody, create: nobody, update: nobody }, admin: { hidden: true } },
  ],
  hooks: {
    beforeChange: [storeNewSecret],
  },
}
