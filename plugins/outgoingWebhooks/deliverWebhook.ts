import type { TaskConfig } from 'payload'

import type { WebhookNotice } from '@/plugins/outgoingWebhooks/notice'
import { deliverySignature } from '@/plugins/outgoingWebhooks/signature'

export const DELIVER_WEBHOOK = 'deliverWebhook'
/** A receiver that has not answered by then is counted as down. */
const TIMEOUT_MS = 10_000
/** Retries after the first attempt, each twice as long after the last: 30 s, 1 min, 2 min … 64 min (about two hours in all). */
export const RETRIES = 8
export const FIRST_RETRY_MS = 30_000

type DeliveryInput = { webhook: string; notice: WebhookNotice }

/**
 * Sends one notice to one webhook: a POST of the notice as JSON, signed for this attempt. Anything
 * but a 2xx (a redirect included: the address must be the receiver itself) fails the attempt, and
 * the jobs queue tries again later. A webhook deleted or paused since the change is skipped.
 */
export const deliverWebhook: TaskConfig<{ input: DeliveryInput; output: { status: number } }> = {
  slug: DELIVER_WEBHOOK,
  label: 'Deliver a webhook',
  inputSchema: [
    { name: 'webhook', type: 'text', required: true },
    { name: 'notice', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'status', type: 'number', required: true }],
  retries: { attempts: RETRIES, backoff: { type: 'exponential', delay: FIRST_RETRY_MS } },
  handler: async ({ input, req }) => {
    const {
      docs: [webhook],
    } = await req.payload.find({
      collection: 'webhooks',
      where: { id: { equals: input.webhook } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })
    if (!webhook?.active) return { output: { status: 0 } }
    const body = JSON.stringify(input.notice)
    const timestamp = Math.floor(Date.now() / 1000)
    const response = await fetch(webhook.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'solidarity-news-webhooks',
        'Webhook-Id': input.notice.id,
        'Webhook-Timestamp': String(timestamp),
        'Webhook-Signature': `v1,${deliverySignature(webhook.secret, input.notice.id, timestamp, body)}`,
      },
      body,
    })
    await response.body?.cancel()
    if (!response.ok) throw new Error(`The webhook "${webhook.name}" answered ${response.status}; it will be tried again.`)
    return { output: { status: response.status } }
  },
}
