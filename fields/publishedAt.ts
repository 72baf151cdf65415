import type { DateField, FieldHook } from 'payload'

import { adminText } from '@/i18n/adminText'

/** Set on first publication so feeds and pages have a date; editors may correct it afterwards. */
const setOnFirstPublish: FieldHook = ({ value, data, originalDoc }) => {
  if (value) return value
  if (originalDoc?.publishedAt) return originalDoc.publishedAt
  if (data?._status === 'published') return new Date().toISOString()
  return value
}

export const publishedAtField: DateField = {
  name: 'publishedAt',
  label: adminText('fields:publishedAt:label'),
  type: 'date',
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description: adminText('fields:publishedAt:description'),
  },
  hooks: { beforeChange: [setOnFirstPublish] },
}
