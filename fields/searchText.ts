import type { FieldHook, TextareaField } from 'payload'

import { plainText } from '@/lib/text/plainText'

/** The text fields of a document that visitors can search, besides its body. */
const TEXT_FIELDS = ['title', 'standfirst', 'cause', 'participation'] as const

const fillSearchText: FieldHook = ({ data, originalDoc }) => {
  const doc = { ...originalDoc, ...data } as Record<string, unknown>
  const place = doc.place as { venue?: string; city?: string; country?: string } | undefined
  return [
    ...TEXT_FIELDS.map((name) => doc[name]),
    place?.venue,
    place?.city,
    place?.country,
    plainText(doc.body as Parameters<typeof plainText>[0]),
  ]
    .filter((value): value is string => typeof value === 'string' && value.length > 0)
    .join('\n')
}

/**
 * A copy of the document's words kept up to date on every save, so search is one indexed-table
 * scan instead of a walk through rich-text JSON at query time. Hidden from editors.
 */
export const searchTextField: TextareaField = {
  name: 'searchText',
  type: 'textarea',
  admin: { hidden: true },
  hooks: { beforeChange: [fillSearchText] },
}
