import type { PayloadRequest } from 'payload'

import type { WebhookCollection, WebhookEvent } from '@/collections/Webhooks/subscriptions'

import { DELIVER_WEBHOOK } from '@/plugins/outgoingWebhooks/deliverWebhook'
import { type ChangedDoc, noticeFor } from '@/plugins/outgoingWebhooks/notice'

/**
 * Queues one delivery for each active webhook that asked for this event on this collection. The jobs
 * are written with the change, in its transaction: a save that fails notifies nobody, and one that
 * succeeds is delivered even if the server stops straight after.
 */
export async function queueDeliveries(req: PayloadRequest, collection: WebhookCollection, event: WebhookEvent, doc: ChangedDoc): Promise<void> {
  const { docs: webhooks } = await req.payload.find({
    collection: 'webhooks',
    where: { active: { equals: true } },
    depth: 0,
    pagination: false,
    select: { events: true, collections: true },
    req,
  })
  const receivers = webhooks.filter((webhook) => webhook.events.includes(event) && webhook.collections.includes(collection))
  if (receivers.length === 0) return
  const notice = noticeFor(collection, event, doc)
  for (const webhook of receivers) {
    await req.payload.jobs.queue({ task: DELIVER_WEBHOOK, input: { webhook: String(webhook.id), notice }, req })
  }
}
