/**
 * A request is open while its photo is withdrawn, or queued when the hourly cap let the photo stay
 * public; an editor closes it with what was done. A closed request is final: its outcome is the record.
 */
export const STATUSES = ['open', 'queued', 'restored', 'blurred', 'deleted'] as const
export type RemovalStatus = (typeof STATUSES)[number]

export const WAITING: RemovalStatus[] = ['open', 'queued']
export const OUTCOMES: RemovalStatus[] = ['restored', 'blurred', 'deleted']

export const isWaiting = (status: unknown) => WAITING.includes(status as RemovalStatus)

/** Whether an editor may move a request from one status to the other: only from waiting to an outcome. */
export function canMove(from: unknown, to: unknown): boolean {
  return from === to || (isWaiting(from) && OUTCOMES.includes(to as RemovalStatus))
}
