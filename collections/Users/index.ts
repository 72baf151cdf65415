import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { adminText } from '@/i18n/adminText'
import { env } from '@/lib/startup/env'

import { resetPasswordEmail } from '@/collections/Users/emails'
import { inviteInsteadOfPassword, passwordAccess, sendInvitation } from '@/collections/Users/hooks/invitations'
import { keepAdminAccount, keepAdminRole } from '@/collections/Users/hooks/keepAnAdmin'
import { makeFirstUserAdmin } from '@/collections/Users/hooks/makeFirstUserAdmin'
import { requireLongPassword } from '@/collections/Users/hooks/requireLongPassword'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: adminText('users:singular'), plural: adminText('users:plural') },
  access: {
    admin: isEditorOrAdmin,
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    listSearchableFields: ['email', 'name'],
    defaultColumns: ['name', 'email', 'role'],
    group: adminText('groups:settings'),
    description: adminText('users:description'),
    components: { views: { edit: { default: { Component: '/components/admin/users/UserEditView#UserEditView' } } } },
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    // HTTP-only (Payload's default); Lax keeps the session off cross-site form posts.
    cookies: { secure: env().secureCookies, sameSite: 'Lax' },
    forgotPassword: resetPasswordEmail,
  },
  fields: [
    // Not stored: Payload hashes it. Declared for its access, which decides when the admin's form asks for it.
    { name: 'password', label: ({ t }) => t('general:password'), type: 'text', virtual: true, access: passwordAccess, admin: { hidden: true } },
    {
      name: 'name',
      label: adminText('users:name:label'),
      type: 'text',
      required: true,
      maxLength: 120,
    },
    {
      name: 'role',
      label: adminText('users:role:label'),
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: [
        { label: adminText('users:role:options:admin'), value: 'admin' },
        { label: adminText('users:role:options:editor'), value: 'editor' },
      ],
      saveToJWT: true,
      access: {
        create: isAdmin,
        update: isAdmin,
      },
      admin: {
        description: adminText('users:role:description'),
        // The create-first-user screen has no signed-in user, and that first account is always an admin.
        condition: (_data, _siblingData, { user }) => Boolean(user),
      },
    },
  ],
  hooks: {
    beforeOperation: [inviteInsteadOfPassword, requireLongPassword],
    beforeChange: [makeFirstUserAdmin, keepAdminRole],
    afterChange: [sendInvitation],
    beforeDelete: [keepAdminAccount],
  },
}
