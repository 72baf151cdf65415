import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { env } from '@/lib/startup/env'

import { keepAdminAccount, keepAdminRole } from '@/collections/Users/hooks/keepAnAdmin'
import { makeFirstUserAdmin } from '@/collections/Users/hooks/makeFirstUserAdmin'
import { requireLongPassword } from '@/collections/Users/hooks/requireLongPassword'

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: isEditorOrAdmin,
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: 'Settings',
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    // HTTP-only (Payload's default); Lax keeps the session off cross-site form posts.
    cookies: { secure: env().secureCookies, sameSite: 'Lax' },
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
      ],
      saveToJWT: true,
      access: {
        create: isAdmin,
        update: isAdmin,
      },
      admin: {
        description: 'Admins manage accounts and settings; editors write and publish content.',
        // The create-first-user screen has no signed-in user, and that first account is always an admin.
        condition: (_data, _siblingData, { user }) => Boolean(user),
      },
    },
  ],
  hooks: {
    beforeOperation: [requireLongPassword],
    beforeChange: [makeFirstUserAdmin, keepAdminRole],
    beforeDelete: [keepAdminAccount],
  },
}
