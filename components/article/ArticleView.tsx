import Link from 'next/link'

import { ResponsiveImage } from '@/components/media/ResponsiveImage'
import { RichText } from '@/components/rich-text/RichText'
import { TopicTags } from '@/components/topics/TopicTags'
import { formatDate, isoDate } from '@/lib/text/format'
import { demoReportPath } from '@/lib/urls/paths'
import type { Article } from '@/payload-types'

export function ArticleView({ article }: { article: Article }) {
  const hero = typeof article.heroImage === 'object' ? article.heroImage : null
  const demos = (article.relatedDemoReports ?? []).filter((report) => typeof report === 'object')
  return (
    <article className="article">
      <header className="article__header">
        <h1>{article.title}</h1>
        {article.standfirst && <p className="standfirst">{article.standfirst}</p>}
        <p className="meta">
          {article.byline && <span className="byline">{article.byline}</span>}
          {article.byline && article.publishedAt && ' · '}
          {article.publishedAt && <time dateTime={isoDate(article.publishedAt)}>{formatDate(article.publishedAt)}</time>}
        </p>
        <TopicTags topics={article.topics} />
      </header>
      {hero && (
        <figure className="hero">
          <ResponsiveImage image={hero} sizes="(min-width: 48rem) 42rem, 100vw" priority />
          {(hero.caption || hero.credit) && (
            <figcaption>
              {hero.caption} {hero.credit && <span className="credit">{hero.credit}</span>}
            </figcaption>
          )}
        </figure>
      )}
      {article.body && <RichText data={article.body} />}
      {demos.length > 0 && (
        <aside className="related" aria-labelledby="related-demos">
          <h2 id="related-demos">Demonstrations</h2>
          <ul>
            {demos.map((report) => (
              <li key={report.id}>
                <Link href={demoReportPath(report.slug ?? '')}>{report.title}</Link>, {formatDate(report.date)}
              </li>
            ))}
          </ul>
        </aside>
      )}
    </article>
  )
}
