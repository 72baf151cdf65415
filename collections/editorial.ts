import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { publishedOrEditor } from '@/access/publishedOrEditor'
import { visitorsNeverReadDrafts } from '@/hooks/visitorsNeverReadDrafts'

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
