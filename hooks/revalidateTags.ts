import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { expire } from '@/lib/revalidate'

/**
 * Pictures, topics and site settings can appear on any page, so a change to one expires its cache
 * tag: every cached query that read it, and so every page built from those queries.
 */
export function revalidateTagOnChange(tag: string) {
  const afterChange: CollectionAfterChangeHook = ({ doc, req }) => {
    expire(req, { tags: [tag], paths: ['/', '/feed.xml', '/sitemap.xml'] })
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
    expire(req, { tags: [tag], paths: ['/'] })
    return doc
  }
  return { afterChange, afterDelete }
}

export function revalidateGlobalTag(tag: string): GlobalAfterChangeHook {
  return ({ doc, req }) => {
    expire(req, { tags: [tag], paths: ['/', '/about', '/join', '/feed.xml'] })
    return doc
  }
}
