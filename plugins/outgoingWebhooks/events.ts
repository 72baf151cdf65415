import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { WebhookCollection } from '@/collections/Webhooks/subscriptions'
import { isEditorsOnlyChange } from '@/hooks/editorsOnlyChange'
import { editorialTransition } from '@/hooks/publicTransition'

import { queueDeliveries } from '@/plugins/outgoingWebhooks/queueDeliveries'

type Hooks = { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook }

/** Articles, reports and meetings: a draft is nobody's business until it is published. */
const editorial: Hooks = {
  afterChange: async ({ collection, doc, previousDoc, req }) => {
    const event = await editorialTransition({ collection, doc, previousDoc, req })
    if (event) await queueDeliveries(req, collection.slug as WebhookCollection, event, doc)
    return doc
  },
  afterDelete: async ({ collection, doc, req }) => {
    if (doc._status === 'published') await queueDeliveries(req, collection.slug as WebhookCollection, 'deleted', doc)
    return doc
  },
}

/** Photos are public once an editor has reviewed them; one sent back to review is taken down. */
const photos: Hooks = {
  afterChange: async ({ doc, previousDoc, req }) => {
    if (isEditorsOnlyChange(req)) return doc
    const event = doc.visibility === 'public' ? 'published' : previousDoc?.visibility === 'public' ? 'taken-down' : null
    if (event) await queueDeliveries(req, 'media', event, doc)
    return doc
  },
  afterDelete: async ({ doc, req }) => {
    if (doc.visibility === 'public') await queueDeliveries(req, 'media', 'deleted', doc)
    return doc
  },
}

/** Topics have no drafts: every save is public. */
const topics: Hooks = {
  afterChange: async ({ doc, req }) => {
    await queueDeliveries(req, 'topics', 'published', doc)
    return doc
  },
  afterDelete: async ({ doc, req }) => {
    await queueDeliveries(req, 'topics', 'deleted', doc)
    return doc
  },
}

export const hooksFor: Record<WebhookCollection, Hooks> = { articles: editorial, 'demo-reports': editorial, meetings: editorial, media: photos, topics }
