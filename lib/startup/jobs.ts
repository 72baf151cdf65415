import type { Payload } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { checkUncheckedPhotos } from '@/collections/Media/faces/checkUncheckedPhotosTask'
import { detectFacesTask } from '@/collections/Media/faces/detectFacesTask'
import { expireEndedEvent } from '@/lib/cache/expiryAtEnd'
import { deleteExpiredJoinRequests } from '@/lib/join/deleteExpiredJoinRequests'
import { env } from '@/lib/startup/env'

/**
 * Scheduled publishing is a queued job, and so are taking an event off the upcoming lists when it
 * ends, the nightly deletion of expired join requests, the face check of an upload and the hourly
 * catch-up of photos never checked; the production server runs the queue every few seconds.
 * Other processes that load the config (tests, the CLI, seed scripts) only queue jobs, never run them,
 * and among many instances only the one marked JOBS_RUNNER does (see lib/startup/env.ts).
 */
export const jobs = {
  access: {
    queue: isEditorOrAdmin,
    run: isEditorOrAdmin,
    cancel: isEditorOrAdmin,
  },
  autoRun: [
    // Due jobs run within 5 s. Payload's scheduling (the nightly deletion) writes its bookkeeping at
    // every pass, even when nothing is due: a database write every 5 s, all day long, for jobs that
    // run nightly or hourly. So scheduling has an hourly pass of its own.
    { cron: '*/5 * * * * *', queue: 'default', limit: 10, disableScheduling: true },
    { cron: '0 0 * * * *', queue: 'default', limit: 10 },
  ],
  shouldAutoRun: (_payload: Payload) => process.env.NEXT_RUNTIME === 'nodejs' && env().runsJobs,
  deleteJobOnComplete: true,
  // An event leaves the upcoming lists at its end; join requests are deleted after the retention
  // period in the site settings; an uploaded photo is checked for faces, and so, within hours, is
  // every photo stored before that check existed.
  tasks: [expireEndedEvent, deleteExpiredJoinRequests, detectFacesTask, checkUncheckedPhotos],
}
