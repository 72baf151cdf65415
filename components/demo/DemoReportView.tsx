import Link from 'next/link'

import { RichText } from '@/components/rich-text/RichText'
import { TopicTags } from '@/components/topics/TopicTags'
import { formatDate, isoDate, placeOf } from '@/lib/text/format'
import { articlePath } from '@/lib/urls/paths'
import { type ArticleSummary, isUpcoming } from '@/lib/queries'
import type { DemoReport, Media } from '@/payload-types'

import { Gallery } from '@/components/demo/Gallery'

export function DemoReportView({ report, articles }: { report: DemoReport; articles: ArticleSummary[] }) {
  const photos = (report.photos ?? []).filter((photo): photo is Media => typeof photo === 'object')
  const time = [report.startTime, report.endTime].filter(Boolean).join('–')
  const organisers = (report.organisers ?? []).map((organiser) => organiser.name)
  return (
    <article className="article demo-report">
      <header className="article__header">
        <p className="meta">
          {isUpcoming(report) && <span className="badge">Upcoming</span>}{' '}
          <time dateTime={isoDate(report.date)}>{formatDate(report.date)}</time>
          {time && <> · {time}</>}
        </p>
        <h1>{report.title}</h1>
        <TopicTags topics={report.topics} />
      </header>
      <dl className="facts">
        {placeOf(report.place) && (
          <>
            <dt>Where</dt>
            <dd>{placeOf(report.place)}</dd>
          </>
        )}
        {report.cause && (
          <>
            <dt>For</dt>
            <dd>{report.cause}</dd>
          </>
        )}
        {organisers.length > 0 && (
          <>
            <dt>Called by</dt>
            <dd>{organisers.join(', ')}</dd>
          </>
        )}
        {report.participation && (
          <>
            <dt>How we took part</dt>
            <dd>{report.participation}</dd>
          </>
        )}
      </dl>
      {report.body && <RichText data={report.body} />}
      <Gallery photos={photos} />
      {report.links && report.links.length > 0 && (
        <section aria-labelledby="links-title">
          <h2 id="links-title">Links</h2>
          <ul>
            {report.links.map((link) => (
              <li key={link.id ?? link.url}>
                <a href={link.url} rel="noopener">
                  {link.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {articles.length > 0 && (
        <aside className="related" aria-labelledby="related-articles">
          <h2 id="related-articles">Read more</h2>
          <ul>
            {articles.map((article) => (
              <li key={article.id}>
                <Link href={articlePath(article.slug ?? '')}>{article.title}</Link>
              </li>
            ))}
          </ul>
        </aside>
      )}
    </article>
  )
}
