import type { LanguageCode } from '@/i18n/languages'
import type { Payload } from 'payload'

import type { Media } from '@/payload-types'

import { asVisitorIn } from '@/lib/queries/asVisitor'

/** Pictures from demonstrations, newest first: the strip on the home page. */
export async function findRecentDemoPhotos(payload: Payload, lang: LanguageCode, limit: number): Promise<Media[]> {
  const { docs } = await payload.find({
    collection: 'media',
    ...asVisitorIn(lang),
    where: { demoReport: { exists: true } },
    sort: ['-takenAt', '-id'],
    limit,
    depth: 0,
  })
  return docs
}
