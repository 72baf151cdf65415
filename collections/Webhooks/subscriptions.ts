/**
 * What a webhook can be told about: the public collections, and what happened to a document that
 * visitors could see. A mirror honours removals as well as additions.
 */
export const WEBHOOK_EVENTS = [
  { value: 'published', label: 'Published, or changed while published' },
  { value: 'unpublished', label: 'Unpublished' },
  { value: 'deleted', label: 'Deleted while public' },
  { value: 'taken-down', label: 'Taken down (a public photo sent back to review)' },
] as const

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]['value']

export const WEBHOOK_COLLECTIONS = [
  { value: 'articles', label: 'Articles' },
  { value: 'demo-reports', label: 'Demo reports' },
  { value: 'media', label: 'Photos' },
  { value: 'topics', label: 'Topics' },
] as const

export type WebhookCollection = (typeof WEBHOOK_COLLECTIONS)[number]['value']
