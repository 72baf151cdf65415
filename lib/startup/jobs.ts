import type { Payload } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { expireEndedEvent } from '@/lib/cache/expiryAtEnd'
import { env } from '@/lib/startup/env'

/**
 * Scheduled publishing is a queued job, and so is taking an event off the upcoming lists when it
 * ends; the production server runs the queue every few seconds. Other processes that load the config (tests, the CLI, seed scripts) only queue jobs, never run them,
 * and among many instances only the one marked JOBS_RUNNER does (see lib/startup/env.ts).
 */
export const jobs = {
  access: {
    queue: isEditorOrAdmin,
    run: isEditorOrAdmin,
    cancel: isEditorOrAdmin,
  },
  autoRun: [{ cron: '*/5 * * * * *', queue: 'default', limit: 10 }],
  shouldAutoRun: (_payload: Payload) => process.env.NEXT_RUNTIME === 'nodejs' && env().runsJobs,
  deleteJobOnComplete: true,
  tasks: [expireEndedEvent],
}
