import type { TaskConfig } from 'payload'

import { DEFAULT_RETENTION_DAYS } from '@/lib/join/limits'

export const DELETE_EXPIRED_JOIN_REQUESTS = 'deleteExpiredJoinRequests'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Deletes the join requests older than the retention period in the site settings. Scheduled every
 * night at 03:00; the one instance that runs the jobs queue (lib/startup/jobs.ts) queues and runs it.
 */
export const deleteExpiredJoinRequests: TaskConfig<{ input: Record<string, never>; output: { deleted: number } }> = {
  slug: DELETE_EXPIRED_JOIN_REQUESTS,
  label: 'Delete expired join requests',
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  schedule: [{ cron: '0 0 3 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })
    const days = settings.joinRetentionDays ?? DEFAULT_RETENTION_DAYS
    const cutoff = new Date(Date.now() - days * DAY_MS).toISOString()
    const { docs, errors } = await req.payload.delete({
      collection: 'join-requests',
      where: { createdAt: { less_than: cutoff } },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (errors.length > 0) throw new Error(`${errors.length} expired join requests could not be deleted; the job will be tried again.`)
    return { output: { deleted: docs.length } }
  },
}
