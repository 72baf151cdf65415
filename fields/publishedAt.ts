import type { DateField, FieldHook } from 'payload'

/** Set on first publication so feeds and pages have a date; editors may correct it afterwards. */
const setOnFirstPublish: FieldHook = ({ value, data, originalDoc }) => {
  if (value) return value
  if (originalDoc?.publishedAt) return originalDoc.publishedAt
  if (data?._status === 'published') return new Date().toISOString()
  return value
}

export const publishedAtField: DateField = {
  name: 'publishedAt',
  type: 'date',
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description: 'Set automatically when first published.',
  },
  hooks: { beforeChange: [setOnFirstPublish] },
}
