import type { LanguageCode } from '@/i18n/languages'
import type { Payload } from 'payload'

import { asVisitorIn } from '@/lib/queries/asVisitor'
import { translated } from '@/lib/queries/translations'

export async function findTopicBySlug(payload: Payload, lang: LanguageCode, slug: string) {
  const { docs } = await payload.find({
    collection: 'topics',
    ...asVisitorIn(lang),
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
  return docs[0] ? translated(payload, 'topics', docs[0], lang) : null
}

export async function findAllTopics(payload: Payload, lang: LanguageCode) {
  const { docs } = await payload.find({ collection: 'topics', ...asVisitorIn(lang), sort: 'name', limit: 100, depth: 0 })
  return docs
}
