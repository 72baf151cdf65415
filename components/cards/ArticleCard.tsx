import Link from 'next/link'

import { ResponsiveImage } from '@/components/media/ResponsiveImage'
import type { LanguageCode } from '@/i18n/languages'
import { formatDate, isoDate } from '@/lib/text/format'
import { localizedPath } from '@/lib/urls/localizedPath'
import { articlePath } from '@/lib/urls/paths'
import type { ArticleSummary } from '@/lib/queries'

type Props = {
  article: ArticleSummary
  lang: LanguageCode
  headingLevel?: 2 | 3
  /** For the first card of a list near the top of a page: on a phone its picture is the largest thing in view. */
  priority?: boolean
}

export function ArticleCard({ article, lang, headingLevel = 3, priority = false }: Props) {
  const Heading = `h${headingLevel}` as const
  const image = typeof article.heroImage === 'object' ? article.heroImage : null
  return (
    <article className="card">
      {image && <ResponsiveImage className="card__image" image={image} sizes="(min-width: 48rem) 20rem, 100vw" priority={priority} />}
      <div className="card__body">
        <Heading className="card__title">
          <Link href={localizedPath(lang, articlePath(article.slug ?? ''))}>{article.title}</Link>
        </Heading>
        {article.publishedAt && (
          <p className="meta">
            <time dateTime={isoDate(article.publishedAt)}>{formatDate(article.publishedAt, lang)}</time>
          </p>
        )}
        {article.standfirst && <p className="card__summary">{article.standfirst}</p>}
      </div>
    </article>
  )
}
