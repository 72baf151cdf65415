import Link from 'next/link'

import { topicPath } from '@/lib/urls/paths'
import type { Topic } from '@/payload-types'

/** Links to topic pages; relationships that were not populated (ids only) are left out. */
export function TopicTags({ topics, label = 'Topics' }: { topics: (number | Topic)[] | null | undefined; label?: string }) {
  const populated = (topics ?? []).filter((topic): topic is Topic => typeof topic === 'object' && Boolean(topic.slug))
  if (populated.length === 0) return null
  return (
    <ul className="tags" aria-label={label}>
      {populated.map((topic) => (
        <li key={topic.id}>
          <Link href={topicPath(topic.slug!)}>{topic.name}</Link>
        </li>
      ))}
    </ul>
  )
}
