import type { Payload } from 'payload'

import { asVisitor } from '@/lib/queries/articles'

export async function findTopicBySlug(payload: Payload, slug: string) {
  const { docs } = await payload.find({
    collection: 'topics',
    ...asVisitor,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
  return docs[0] ?? null
}

export async function findAllTopics(payload: Payload) {
  const { docs } = await payload.find({ collection: 'topics', ...asVisitor, sort: 'name', limit: 100, depth: 0 })
  return docs
}
