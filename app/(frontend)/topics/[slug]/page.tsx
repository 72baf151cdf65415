import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleCard } from '@/components/cards/ArticleCard'
import { DemoCard } from '@/components/cards/DemoCard'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { topicPath } from '@/lib/urls/paths'
import { getAllTopics, getTopic, getTopicArticles, getTopicDemoReports } from '@/lib/queries'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

export async function generateStaticParams() {
  return (await getAllTopics()).map((topic) => ({ slug: topic.slug ?? '' })).filter(({ slug }) => slug)
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopic((await params).slug)
  if (!topic) return {}
  return pageMetadata({ title: topic.name, description: topic.description, path: topicPath(topic.slug ?? '') })
}

export default async function TopicPage({ params }: Props) {
  const topic = await getTopic((await params).slug)
  if (!topic) notFound()
  const [articles, demos] = await Promise.all([getTopicArticles(topic.id), getTopicDemoReports(topic.id)])
  return (
    <>
      <h1>{topic.name}</h1>
      {topic.description && <p className="standfirst">{topic.description}</p>}
      <p>
        <a href={`${topicPath(topic.slug ?? '')}/feed.xml`}>Follow {topic.name} by RSS</a>
      </p>
      <section aria-labelledby="topic-articles">
        <h2 id="topic-articles">Articles</h2>
        {articles.length === 0 ? (
          <p>No articles on this topic yet.</p>
        ) : (
          <div className="card-grid">
            {articles.map((article) => (
              <ArticleCard key={article.id} article={article} />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="topic-demos">
        <h2 id="topic-demos">Demonstrations</h2>
        {demos.length === 0 ? (
          <p>No demonstrations on this topic yet.</p>
        ) : (
          <div className="card-grid">
            {demos.map((report) => (
              <DemoCard key={report.id} report={report} />
            ))}
          </div>
        )}
      </section>
    </>
  )
}
