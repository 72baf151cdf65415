import type { Endpoint, GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { revalidateSiteSettings } from '@/hooks/revalidateTags'
import { validateExternalURL, validateSafeURL } from '@/fields/safeURL'
import { timeZoneField } from '@/fields/timeZone'
import { adminText } from '@/i18n/adminText'
import { DEFAULT_RETENTION_DAYS, RETENTION_DAYS_BOUNDS } from '@/lib/join/limits'

export const DEFAULT_TAGLINE = 'From Ukraine to Palestine, Occupation is a crime'

/**
 * The settings keep no versions, yet Payload routes its version endpoints to every global, where
 * they query a table that does not exist and answer 500. These answer first, with a 404.
 */
const noVersionsKept: Endpoint['handler'] = () =>
  Response.json({ errors: [{ message: 'The site settings keep no versions.' }] }, { status: 404 })

const noVersions: Endpoint[] = [
  { method: 'get', path: '/versions', handler: noVersionsKept },
  { method: 'get', path: '/versions/:id', handler: noVersionsKept },
  { method: 'post', path: '/versions/:id', handler: noVersionsKept },
]

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: adminText('siteSettings:label'),
  access: {
    read: anyone,
    update: isAdmin,
  },
  admin: { group: adminText('groups:settings') },
  endpoints: noVersions,
  fields: [
    { name: 'siteName', label: adminText('siteSettings:siteName:label'), type: 'text', required: true, defaultValue: 'Solidarity News', maxLength: 100 },
    { name: 'tagline', localized: true, label: adminText('siteSettings:tagline:label'), type: 'text', required: true, defaultValue: DEFAULT_TAGLINE, maxLength: 200 },
    {
      name: 'about',
      localized: true,
      label: adminText('siteSettings:about:label'),
      type: 'textarea',
      maxLength: 2000,
      admin: { description: adminText('siteSettings:about:description') },
    },
    {
      name: 'contactEmail',
      label: adminText('siteSettings:contactEmail:label'),
      type: 'email',
      admin: { description: adminText('siteSettings:contactEmail:description') },
    },
    {
      name: 'joinRetentionDays',
      label: adminText('siteSettings:joinRetentionDays:label'),
      type: 'number',
      defaultValue: DEFAULT_RETENTION_DAYS,
      ...RETENTION_DAYS_BOUNDS,
      admin: { step: 1, description: adminText('siteSettings:joinRetentionDays:description') },
    },
    {
      name: 'websiteURL',
      label: adminText('siteSettings:websiteURL:label'),
      type: 'text',
      maxLength: 500,
      validate: validateExternalURL,
    },
    {
      name: 'navigation',
      label: adminText('siteSettings:navigation:label'),
      labels: { singular: adminText('siteSettings:navigation:singular'), plural: adminText('siteSettings:navigation:plural') },
      type: 'array',
      maxRows: 8,
      fields: [
        { name: 'label', localized: true, label: adminText('siteSettings:navigationLabel:label'), type: 'text', required: true, maxLength: 40 },
        {
          name: 'url',
          label: adminText('fields:url:label'),
          type: 'text',
          required: true,
          maxLength: 500,
          validate: validateSafeURL,
        },
      ],
    },
    { name: 'footerText', localized: true, label: adminText('siteSettings:footerText:label'), type: 'textarea', maxLength: 1000 },
    timeZoneField,
    {
      name: 'blurFacesBeforePublic',
      label: adminText('siteSettings:blurFacesBeforePublic:label'),
      type: 'checkbox',
      access: { read: isEditorOrAdmin },
      defaultValue: false,
      admin: { description: adminText('siteSettings:blurFacesBeforePublic:description') },
    },
  ],
  hooks: {
    afterChange: [revalidateSiteSettings],
  },
}
