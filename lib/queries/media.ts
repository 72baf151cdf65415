import type { Payload } from 'payload'

import type { Media } from '@/payload-types'

import { asVisitor } from '@/lib/queries/articles'

/** Pictures from demonstrations, newest first: the strip on the home page. */
export async function findRecentDemoPhotos(payload: Payload, limit: number): Promise<Media[]> {
  const { docs } = await payload.find({
    collection: 'media',
    ...asVisitor,
    where: { demoReport: { exists: true } },
    sort: ['-takenAt', '-id'],
    limit,
    depth: 0,
  })
  return docs
}
