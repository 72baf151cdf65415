import type { Plugin } from 'payload'

import { WEBHOOK_COLLECTIONS, type WebhookCollection } from '@/collections/Webhooks/subscriptions'

import { deliverWebhook } from '@/plugins/outgoingWebhooks/deliverWebhook'
import { hooksFor } from '@/plugins/outgoingWebhooks/events'

const watched = new Set<string>(WEBHOOK_COLLECTIONS.map(({ value }) => value))

/**
 * Tells the webhooks admins configure (collections/Webhooks) of every change to public content:
 * hooks on the public collections queue a signed delivery per webhook, and the jobs queue (run by
 * the one instance that runs jobs, see lib/startup/jobs.ts) sends it, retrying with back-off.
 */
export const outgoingWebhooks: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => {
    if (!watched.has(collection.slug)) return collection
    const { afterChange, afterDelete } = hooksFor[collection.slug as WebhookCollection]
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
      },
    }
  }),
  jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), deliverWebhook] },
})
