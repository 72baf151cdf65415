import { createHmac } from 'node:crypto'

/**
 * The signature of one delivery attempt, as docs/api.md tells receivers to check it: HMAC-SHA256,
 * keyed with the webhook's secret, over `<Webhook-Id>.<Webhook-Timestamp>.<body>`, in base64. The
 * timestamp inside it lets a receiver refuse an old delivery replayed.
 */
export function deliverySignature(secret: string, id: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${id}.${timestamp}.${body}`).digest('base64')
}
