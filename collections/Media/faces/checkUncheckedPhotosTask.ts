import type { TaskConfig, Where } from 'payload'

import { DETECT_FACES } from '@/collections/Media/faces/detectFacesTask'

export const CHECK_UNCHECKED_PHOTOS = 'checkUncheckedPhotos'

/** At about a third of a second a photo, one pass costs well under a minute of one core. */
const PHOTOS_PER_PASS = 100

/** An upload's own check runs within seconds: a photo still unchecked an hour later never had one queued, or lost it. */
const GRACE_MS = 60 * 60 * 1000

/**
 * Photos uploaded before face suggestions existed, and any whose check was lost with a stopped
 * server, are checked too: every hour this queues the face check of the oldest unchecked photos,
 * a hundred at a time, so a large archive catches up without holding the jobs runner for long.
 * A document stored before the field existed has no `faceCheck` at all on MongoDB, and counts as unchecked.
 */
export const checkUncheckedPhotos: TaskConfig<{ input: Record<string, never>; output: { queued: number } }> = {
  slug: CHECK_UNCHECKED_PHOTOS,
  label: 'Queue the face check of photos never checked',
  outputSchema: [{ name: 'queued', type: 'number', required: true }],
  schedule: [{ cron: '0 0 * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const unchecked: Where = {
      and: [
        { or: [{ faceCheck: { equals: 'pending' } }, { faceCheck: { exists: false } }] },
        { updatedAt: { less_than: new Date(Date.now() - GRACE_MS).toISOString() } },
      ],
    }
    const { docs } = await req.payload.find({
      collection: 'media',
      where: unchecked,
      sort: 'createdAt',
      limit: PHOTOS_PER_PASS,
      depth: 0,
      select: { createdAt: true },
      overrideAccess: true,
      req,
    })
    for (const photo of docs) {
      await req.payload.jobs.queue({ task: DETECT_FACES as never, input: { photo: String(photo.id) } as never, req })
    }
    return { output: { queued: docs.length } }
  },
}
