import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'

import { isSafeURL } from '@/fields/safeURL'
import { type LinkableCollection, pathForCollection } from '@/lib/urls/paths'

/**
 * Where a link in rich text goes: internal links become this site's URLs; anything that is not a
 * safe address (saved before validation existed, or imported) becomes no link at all.
 */
export function hrefOf(fields: SerializedLinkNode['fields']): string | null {
  if (fields.linkType === 'internal') {
    const doc = fields.doc
    const value = doc?.value
    if (!doc || typeof value !== 'object' || !value || !('slug' in value) || typeof value.slug !== 'string') return null
    const toPath = pathForCollection[doc.relationTo as LinkableCollection]
    return toPath ? toPath(value.slug) : null
  }
  const url = fields.url ?? ''
  return isSafeURL(url) ? url : null
}
