import type { Endpoint, GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { revalidateSiteSettings } from '@/hooks/revalidateTags'
import { SAFE_URL_MESSAGE, isSafeURL, validateExternalURL } from '@/fields/safeURL'

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
  label: 'Site settings',
  access: {
    read: anyone,
    update: isAdmin,
  },
  admin: { group: 'Settings' },
  endpoints: noVersions,
  fields: [
    { name: 'siteName', type: 'text', required: true, defaultValue: 'Solidarity News', maxLength: 100 },
    { name: 'tagline', type: 'text', required: true, defaultValue: DEFAULT_TAGLINE, maxLength: 200 },
    {
      name: 'about',
      type: 'textarea',
      maxLength: 2000,
      admin: { description: 'Who the group is, in a few sentences: shown on /about and the home page.' },
    },
    {
      name: 'contactEmail',
      type: 'email',
      admin: { description: 'Shown on the site in a form that address-harvesting robots cannot read.' },
    },
    {
      name: 'websiteURL',
      label: 'External website',
      type: 'text',
      maxLength: 500,
      validate: validateExternalURL,
    },
    {
      name: 'navigation',
      type: 'array',
      maxRows: 8,
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 40 },
        {
          name: 'url',
          type: 'text',
          required: true,
          maxLength: 500,
          validate: (value: string | null | undefined) => (value && isSafeURL(value) ? true : SAFE_URL_MESSAGE),
        },
      ],
    },
    { name: 'footerText', type: 'textarea', maxLength: 1000 },
  ],
  hooks: {
    afterChange: [revalidateSiteSettings],
  },
}
