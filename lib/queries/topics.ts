import type { LanguageCode } from '@/i18n/languages'
import type { Payload } from 'payload'

import { asVisitor, asVisitorIn } from '@/lib/queries/asVisitor'
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

export type TopicWithCounts = { id: number | string; slug: string; name: string; description?: string | null; articles: number; demoReports: number }

/** How many documents name each topic, among those a visitor may read (so never a draft). */
async function countsByTopic(payload: Payload, collection: 'articles' | 'demo-reports') {
  const { docs } = await payload.find({ collection, ...asVisitor, depth: 0, pagination: false, select: { topics: true } })
  const counts = new Map<string, number>()
  for (const topic of docs.flatMap((doc) => doc.topics ?? [])) {
    const id = String(typeof topic === 'object' ? topic.id : topic)
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

/**
 * Every topic, by name, with how many published articles and demo reports it has: what its page
 * lists (a page shows every language's documents, untranslated ones in English), counted as a visitor.
 */
export async function findTopicsWithCounts(payload: Payload, lang: LanguageCode): Promise<TopicWithCounts[]> {
  const [topics, articles, demoReports] = await Promise.all([
    findAllTopics(payload, lang),
    countsByTopic(payload, 'articles'),
    countsByTopic(payload, 'demo-reports'),
  ])
  return topics.flatMap((topic) =>
    topic.slug
      ? [
          {
            id: topic.id,
            slug: topic.slug,
            name: topic.name,
            description: topic.description,
            articles: articles.get(String(topic.id)) ?? 0,
            demoReports: demoReports.get(String(topic.id)) ?? 0,
          },
        ]
      : [],
  )
}
