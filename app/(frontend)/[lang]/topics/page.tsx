import Link from 'next/link'

import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { pluralText } from '@/i18n/plural'
import { siteText } from '@/i18n/siteText'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { localizedPath } from '@/lib/urls/localizedPath'
import { topicPath } from '@/lib/urls/paths'
import { getTopicsWithCounts } from '@/lib/queries'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

type Props = { params: Promise<LanguageParams> }

export async function generateMetadata({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).topicsIndex
  return pageMetadata({ lang: code, title: t.title, description: t.description, path: '/topics' })
}

/** Every topic, with how many published articles and demonstrations its page lists. */
export default async function TopicsPage({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).topicsIndex
  const topics = await getTopicsWithCounts(code)
  return (
    <>
      <h1>{t.title}</h1>
      <p className="standfirst">{t.description}</p>
      {topics.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ul className="topic-index">
          {topics.map((topic) => (
            <li key={topic.id}>
              <h2>
                <Link href={localizedPath(code, topicPath(topic.slug))}>{topic.name}</Link>
              </h2>
              {topic.description && <p>{topic.description}</p>}
              <p className="counts">
                {pluralText(code, t.articles, topic.articles)}
                {siteText(code).separators.list}
                {pluralText(code, t.demonstrations, topic.demoReports)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
