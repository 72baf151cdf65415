import Link from 'next/link'

import { AddToCalendar } from '@/components/calendar/CalendarLinks'
import { RichText } from '@/components/rich-text/RichText'
import { ShareLinks } from '@/components/share/ShareLinks'
import { TopicTags } from '@/components/topics/TopicTags'
import { UntranslatedNotice } from '@/components/translation/UntranslatedNotice'
import { wordsLanguage } from '@/components/translation/wordsLanguage'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { formatDate, isoDate, placeOf } from '@/lib/text/format'
import { localizedPath } from '@/lib/urls/localizedPath'
import { articlePath, demoReportPath } from '@/lib/urls/paths'
import { type ArticleSummary, isUpcoming, type Translated } from '@/lib/queries'
import type { DemoReport, Media } from '@/payload-types'

import { Gallery } from '@/components/demo/Gallery'

type Props = { report: Translated<DemoReport>; articles: ArticleSummary[]; lang: LanguageCode }

export function DemoReportView({ report, articles, lang }: Props) {
  const t = siteText(lang)
  const words = wordsLanguage(report.lang, lang)
  const photos = (report.photos ?? []).filter((photo): photo is Media => typeof photo === 'object')
  const time = [report.startTime, report.endTime].filter(Boolean).join('–')
  const place = placeOf(report.place, t.separators.list)
  const organisers = (report.organisers ?? []).map((organiser) => organiser.name)
  return (
    <article className="article demo-report">
      {report.lang !== lang && <UntranslatedNotice lang={lang} text={t.translation.demoReportMissing} path={demoReportPath(report.slug ?? '')} />}
      <header className="article__header">
        <p className="meta">
          {isUpcoming(report) && <span className="badge">{t.demos.upcomingBadge}</span>}{' '}
          <time dateTime={isoDate(report.date)}>{formatDate(report.date, lang)}</time>
          {time && <> · {time}</>}
        </p>
        <h1 {...words}>{report.title}</h1>
        <TopicTags lang={lang} topics={report.topics} />
        {isUpcoming(report) && <AddToCalendar eventPath={demoReportPath(report.slug ?? '')} lang={lang} />}
      </header>
      <dl className="facts">
        {place && (
          <>
            <dt>{t.demoReport.where}</dt>
            <dd {...words}>{place}</dd>
          </>
        )}
        {report.cause && (
          <>
            <dt>{t.demoReport.cause}</dt>
            <dd {...words}>{report.cause}</dd>
          </>
        )}
        {organisers.length > 0 && (
          <>
            <dt>{t.demoReport.calledBy}</dt>
            <dd {...words}>{organisers.join(t.separators.list)}</dd>
          </>
        )}
        {report.participation && (
          <>
            <dt>{t.demoReport.participation}</dt>
            <dd {...words}>{report.participation}</dd>
          </>
        )}
      </dl>
      {report.body && (
        <div {...words}>
          <RichText data={report.body} lang={lang} />
        </div>
      )}
      <Gallery lang={lang} photos={photos} />
      {report.links && report.links.length > 0 && (
        <section aria-labelledby="links-title">
          <h2 id="links-title">{t.demoReport.links}</h2>
          <ul {...words}>
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
          <h2 id="related-articles">{t.demoReport.readMore}</h2>
          <ul>
            {articles.map((article) => (
              <li key={article.id}>
                <Link href={localizedPath(lang, articlePath(article.slug ?? ''))}>{article.title}</Link>
              </li>
            ))}
          </ul>
        </aside>
      )}
      <ShareLinks lang={lang} path={demoReportPath(report.slug ?? '')} title={report.title} shownIn={report.lang} />
    </article>
  )
}
