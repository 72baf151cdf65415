import type { CollectionConfig, FieldAccess, TextFieldSingleValidation } from 'payload'

import { isAdmin } from '@/access/isAdmin'

import { storeNewSecret } from '@/collections/Webhooks/hooks/storeNewSecret'
import { validateReceiverURL } from '@/collections/Webhooks/receiverURL'
import { WEBHOOK_COLLECTIONS, WEBHOOK_EVENTS } from '@/collections/Webhooks/subscriptions'

/** Long enough that guessing it is hopeless: 32 characters, e.g. `openssl rand -hex 32`. */
export const SHORTEST_SECRET = 32

const adminOnly: { read: FieldAccess; create: FieldAccess; update: FieldAccess } = { read: isAdmin, create: isAdmin, update: isAdmin }
const nobody: FieldAccess = () => false

const validateNewSecret: TextFieldSingleValidation = (value, { operation }) => {
  if (value) return value.length >= SHORTEST_SECRET || `Use at least ${SHORTEST_SECRET} characters (e.g. \`openssl rand -hex 32\`).`
  return operation === 'create' ? 'Give the receiver a secret to check each delivery’s signature with.' : true
}

/**
 * Where to POST a signed notice when public content is published, unpublished, deleted or taken
 * down (see plugins/outgoingWebhooks). Only admins see or change them: an address and a secret
 * decide who hears of every change.
 */
export const Webhooks: CollectionConfig = {
  slug: 'webhooks',
  access: {
    read: isAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'active', 'updatedAt'],
    group: 'Settings',
    description: 'Other sites and apps told of every change to public content. See docs/api.md for what they receive.',
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, access: adminOnly, admin: { description: 'Who receives it, e.g. "Partner site mirror".' } },
    {
      name: 'url',
      label: 'Receiver address',
      type: 'text',
      required: true,
      maxLength: 2000,
      access: adminOnly,
      validate: validateReceiverURL,
      admin: { description: 'An https:// address that accepts POST requests.' },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: WEBHOOK_EVENTS.map(({ value, label }) => ({ value, label })),
      defaultValue: WEBHOOK_EVENTS.map(({ value }) => value),
      access: adminOnly,
    },
    {
      name: 'collections',
      label: 'Content',
      type: 'select',
      hasMany: true,
      required: true,
      options: WEBHOOK_COLLECTIONS.map(({ value, label }) => ({ value, label })),
      defaultValue: WEBHOOK_COLLECTIONS.map(({ value }) => value),
      access: adminOnly,
    },
    { name: 'active', type: 'checkbox', defaultValue: true, access: adminOnly, admin: { position: 'sidebar' } },
    {
      name: 'newSecret',
      label: 'Signing secret',
      type: 'text',
      virtual: true,
      maxLength: 200,
      access: adminOnly,
      validate: validateNewSecret,
      admin: {
        readOnly: false,
        description: 'Deliveries are signed with it. It is never shown again: give it to the receiver now. Leave empty to keep the current one.',
      },
    },
    { name: 'secret', type: 'text', required: true, access: { read: nobody, create: nobody, update: nobody }, admin: { hidden: true } },
  ],
  hooks: {
    beforeChange: [storeNewSecret],
  },
}
