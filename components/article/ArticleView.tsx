import Link from 'next/link'

import { ResponsiveImage } from '@/components/media/ResponsiveImage'
import { RichText } from '@/components/rich-text/RichText'
import { ShareLinks } from '@/components/share/ShareLinks'
import { TopicTags } from '@/components/topics/TopicTags'
import { UntranslatedNotice } from '@/components/translation/UntranslatedNotice'
import { wordsLanguage } from '@/components/translation/wordsLanguage'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { formatDate, isoDate } from '@/lib/text/format'
import { localizedPath } from '@/lib/urls/localizedPath'
import { articlePath, demoReportPath } from '@/lib/urls/paths'
import type { Translated } from '@/lib/queries'
import type { Article } from '@/payload-types'

export function ArticleView({ article, lang }: { article: Translated<Article>; lang: LanguageCode }) {
  const t = siteText(lang)
  const words = wordsLanguage(article.lang, lang)
  const hero = typeof article.heroImage === 'object' ? article.heroImage : null
  const demos = (article.relatedDemoReports ?? []).filter((report) => typeof report === 'object')
  return (
    <article className="article">
      {article.lang !== lang && <UntranslatedNotice lang={lang} text={t.translation.articleMissing} path={articlePath(article.slug ?? '')} />}
      <header className="article__header">
        <h1 {...words}>{article.title}</h1>
        {article.standfirst && (
          <p className="standfirst" {...words}>
            {article.standfirst}
          </p>
        )}
        <p className="meta">
          {article.byline && (
            <span className="byline" {...words}>
              {article.byline}
            </span>
          )}
          {article.byline && article.publishedAt && ' · '}
          {article.publishedAt && <time dateTime={isoDate(article.publishedAt)}>{formatDate(article.publishedAt, lang)}</time>}
        </p>
        <TopicTags lang={lang} topics={article.topics} />
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
      {article.body && (
        <div {...words}>
          <RichText data={article.body} lang={lang} />
        </div>
      )}
      {demos.length > 0 && (
        <aside className="related" aria-labelledby="related-demos">
          <h2 id="related-demos">{t.article.demonstrations}</h2>
          <ul>
            {demos.map((report) => (
              <li key={report.id}>
                <Link href={localizedPath(lang, demoReportPath(report.slug ?? ''))}>{report.title}</Link>
                {t.separators.list}
                {formatDate(report.date, lang)}
              </li>
            ))}
          </ul>
        </aside>
      )}
      <ShareLinks lang={lang} path={articlePath(article.slug ?? '')} title={article.title} shownIn={article.lang} />
    </article>
  )
}
