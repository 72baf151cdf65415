import type { Metadata } from 'next'

import { ArticleCard } from '@/components/cards/ArticleCard'
import { DemoCard } from '@/components/cards/DemoCard'
import { MeetingCard } from '@/components/cards/MeetingCard'
import { PageNotFound } from '@/components/layout/PageNotFound'
import { timeZoneOr } from '@/fields/timeZone'
import { fill } from '@/i18n/fill'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { notFoundMetadata } from '@/lib/metadata/notFoundMetadata'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { localizedPath } from '@/lib/urls/localizedPath'
import { topicPath } from '@/lib/urls/paths'
import { getAllTopics, getSiteSettings, getTopic, getTopicArticles, getTopicDemoReports, getTopicMeetings } from '@/lib/queries'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

export async function generateStaticParams() {
  return (await getAllTopics('en')).map((topic) => ({ slug: topic.slug ?? '' })).filter(({ slug }) => slug)
}

type Props = { params: Promise<LanguageParams & { slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await pageLanguage(params)
  const topic = await getTopic((await params).slug, code)
  if (!topic) return notFoundMetadata(code)
  const path = topicPath(topic.slug ?? '')
  return pageMetadata({
    lang: code,
    languages: topic.languages,
    shownIn: topic.lang,
    title: topic.name,
    description: topic.description,
    path,
    feeds: [{ pagePath: path, title: topic.name }],
  })
}

export default async function TopicPage({ params }: Props) {
  const { code } = await pageLanguage(params)
  const topic = await getTopic((await params).slug, code)
  if (!topic) return <PageNotFound />
  const t = siteText(code).topics
  const [articles, demos, meetings, settings] = await Promise.all([
    getTopicArticles(topic.id, code),
    getTopicDemoReports(topic.id, code),
    getTopicMeetings(topic.id, code),
    getSiteSettings(code),
  ])
  return (
    <>
      <h1>{topic.name}</h1>
      {topic.description && <p className="standfirst">{topic.description}</p>}
      <p>
        <a href={localizedPath(code, `${topicPath(topic.slug ?? '')}/feed.xml`)}>{fill(t.follow, { topic: topic.name })}</a>
      </p>
      <section aria-labelledby="topic-articles">
        <h2 id="topic-articles">{t.articles}</h2>
        {articles.length === 0 ? (
          <p>{t.noArticles}</p>
        ) : (
          <div className="card-grid">
            {articles.map((article) => (
              <ArticleCard key={article.id} lang={code} article={article} />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="topic-demos">
        <h2 id="topic-demos">{t.demonstrations}</h2>
        {demos.length === 0 ? (
          <p>{t.noDemonstrations}</p>
        ) : (
          <div className="card-grid">
            {demos.map((report) => (
              <DemoCard key={report.id} lang={code} report={report} />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="topic-meetings">
        <h2 id="topic-meetings">{siteText(code).meetings.topicHeading}</h2>
        {meetings.length === 0 ? (
          <p>{siteText(code).meetings.noneOnTopic}</p>
        ) : (
          <div className="card-grid">
            {meetings.map((meeting) => (
              <MeetingCard key={meeting.id} lang={code} meeting={meeting} timeZone={timeZoneOr(settings.timeZone)} />
            ))}
          </div>
        )}
      </section>
    </>
  )
}
