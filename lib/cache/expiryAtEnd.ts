import type { PayloadRequest, TaskConfig } from 'payload'

import { expireChange } from '@/lib/cache/expire'

export const EXPIRE_AT_END = 'expireEndedEvent'

/** The events that are listed as upcoming until they end. */
export type EventKind = 'demo-reports' | 'meetings'
type EndedEvent = { kind: EventKind; docs: { slug: string; topics: string[] }[] }

const EVENT_KINDS: EventKind[] = ['demo-reports', 'meetings']

/**
 * Expires what shows an event once it has ended, so it leaves the upcoming lists, the next meeting
 * and the calendars by itself instead of waiting for a save or the hourly timer. Queued with
 * `waitUntil` at the end, it runs on the one instance that runs jobs (lib/startup/jobs.ts) and goes
 * through the same expiry as any change (lib/cache/expire.ts).
 */
export const expireEndedEvent: TaskConfig<{ input: EndedEvent; output: object }> = {
  slug: EXPIRE_AT_END,
  label: 'Take an event that has ended off the upcoming lists',
  inputSchema: [
    { name: 'kind', type: 'text', required: true },
    { name: 'docs', type: 'json', required: true },
  ],
  retries: 2,
  handler: async ({ input, req }) => {
    if (!EVENT_KINDS.includes(input.kind)) throw new Error(`"${input.kind}" is not a kind of event.`)
    await expireChange({ kind: input.kind, docs: input.docs }, req.payload, { outsideRequest: true })
    return { output: {} }
  },
}

/**
 * Queues the expiry for `end`, inside the save's own transaction (a save that fails queues nothing).
 * An end moved later queues another one; the earlier job then only expires pages a little early.
 */
export async function scheduleExpiryAtEnd(req: PayloadRequest, event: EndedEvent, end: Date): Promise<void> {
  if (end.getTime() <= Date.now()) return
  await req.payload.jobs.queue({ task: EXPIRE_AT_END as never, input: event as never, waitUntil: end, req })
}
