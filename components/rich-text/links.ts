import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'

import { isSafeURL } from '@/fields/safeURL'
import type { LanguageCode } from '@/i18n/languages'
import { localizedPath } from '@/lib/urls/localizedPath'
import { type LinkableCollection, pathForCollection } from '@/lib/urls/paths'

/**
 * Where a link in rich text goes: internal links become this site's URLs in the page's language;
 * anything that is not a safe address (saved before validation existed, or imported) becomes no
 * link at all.
 */
export function hrefOf(fields: SerializedLinkNode['fields'], lang: LanguageCode): string | null {
  if (fields.linkType === 'internal') {
    const doc = fields.doc
    const value = doc?.value
    if (!doc || typeof value !== 'object' || !value || !('slug' in value) || typeof value.slug !== 'string') return null
    const toPath = pathForCollection[doc.relationTo as LinkableCollection]
    return toPath ? localizedPath(lang, toPath(value.slug)) : null
  }
  const url = fields.url ?? ''
  return isSafeURL(url) ? url : null
}
