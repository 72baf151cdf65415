import { randomUUID } from 'node:crypto'

import type { WebhookCollection, WebhookEvent } from '@/collections/Webhooks/subscriptions'
import { absoluteURL } from '@/lib/urls/absoluteURL'
import { pathForCollection } from '@/lib/urls/paths'

export type ChangedDoc = { id: number | string; slug?: string | null }

/**
 * What a receiver is told: which document, what happened to it, and where to read it. The document
 * itself is left out: a receiver reads it from the API as a visitor would, so a notice never carries
 * a draft or a photo in review, and a removal carries nothing but the address to forget.
 */
export type WebhookNotice = {
  id: string
  event: WebhookEvent
  occurredAt: string
  collection: WebhookCollection
  doc: { id: number | string; slug?: string }
  /** The document's page on the site. */
  url: string
  /** The document in the REST API. */
  api: string
}

function pagePath(collection: WebhookCollection, doc: ChangedDoc): string {
  if (collection === 'media') return `/photos/${doc.id}`
  return pathForCollection[collection](doc.slug ?? String(doc.id))
}

export function noticeFor(collection: WebhookCollection, event: WebhookEvent, doc: ChangedDoc): WebhookNotice {
  return {
    id: randomUUID(),
    event,
    occurredAt: new Date().toISOString(),
    collection,
    doc: doc.slug ? { id: doc.id, slug: doc.slug } : { id: doc.id },
    url: absoluteURL(pagePath(collection, doc)),
    api: absoluteURL(`/api/${collection}/${doc.id}`),
  }
}
