import { adminText } from '@/i18n/adminText'

/**
 * What a webhook can be told about: the public collections, and what happened to a document that
 * visitors could see. A mirror honours removals as well as additions.
 */
export const WEBHOOK_EVENTS = [
  { value: 'published', label: adminText('webhooks:events:options:published') },
  { value: 'unpublished', label: adminText('webhooks:events:options:unpublished') },
  { value: 'deleted', label: adminText('webhooks:events:options:deleted') },
  { value: 'taken-down', label: adminText('webhooks:events:options:taken-down') },
] as const

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]['value']

export const WEBHOOK_COLLECTIONS = [
  { value: 'articles', label: adminText('articles:plural') },
  { value: 'demo-reports', label: adminText('demoReports:plural') },
  { value: 'meetings', label: adminText('meetings:plural') },
  { value: 'media', label: adminText('media:plural') },
  { value: 'topics', label: adminText('topics:plural') },
] as const

export type WebhookCollection = (typeof WEBHOOK_COLLECTIONS)[number]['value']
