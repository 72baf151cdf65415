import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { publishedOrEditor } from '@/access/publishedOrEditor'
import { visitorsNeverReadDrafts } from '@/hooks/visitorsNeverReadDrafts'
import { type LinkableCollection, previewURL } from '@/lib/urls/paths'

/** Access, drafts and versions shared by everything organisers publish (articles, demo reports). */
export const editorialAccess: CollectionConfig['access'] = {
  read: publishedOrEditor,
  readVersions: isEditorOrAdmin,
  create: isEditorOrAdmin,
  update: isEditorOrAdmin,
  delete: isEditorOrAdmin,
}

export const editorialVersions: CollectionConfig['versions'] = {
  drafts: {
    autosave: { interval: 2000 },
    schedulePublish: true,
  },
  maxPerDoc: 50,
}

export const editorialHooks = {
  beforeOperation: [visitorsNeverReadDrafts],
}

/** The widths organisers check a draft at: a phone, where most visitors read, and a desktop. */
const PREVIEW_SIZES = [
  { name: 'phone', label: '390 × 844', width: 390, height: 844 },
  { name: 'desktop', label: '1280 × 800', width: 1280, height: 800 },
]

/**
 * The admin's "Preview" button and its live preview beside the form, both showing the draft in the
 * language being edited. The live preview reloads the page at each autosave.
 */
export function editorialPreview(collection: LinkableCollection): Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'> {
  return {
    preview: (doc, { locale }) => previewURL(collection, doc.slug as string | undefined, locale),
    livePreview: {
      url: ({ data, locale }) => previewURL(collection, data.slug as string | undefined, locale.code),
      breakpoints: PREVIEW_SIZES,
    },
  }
}
