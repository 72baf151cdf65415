import Link from 'next/link'

import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { localizedPath } from '@/lib/urls/localizedPath'
import { topicPath } from '@/lib/urls/paths'
import type { Topic } from '@/payload-types'

type Props = {
  topics: (number | Topic)[] | null | undefined
  lang: LanguageCode
  /** What the list is called for screen readers; "Topics" in the page's language unless the page says more. */
  label?: string
}

/** Links to topic pages; relationships that were not populated (ids only) are left out. */
export function TopicTags({ topics, lang, label }: Props) {
  const populated = (topics ?? []).filter((topic): topic is Topic => typeof topic === 'object' && Boolean(topic.slug))
  if (populated.length === 0) return null
  return (
    <ul className="tags" aria-label={label ?? siteText(lang).topics.label}>
      {populated.map((topic) => (
        <li key={topic.id}>
          <Link href={localizedPath(lang, topicPath(topic.slug!))}>{topic.name}</Link>
        </li>
      ))}
    </ul>
  )
}
