import Link from 'next/link'

import { ArticleCard } from '@/components/cards/ArticleCard'
import { DemoCard } from '@/components/cards/DemoCard'
import { NextMeeting } from '@/components/meeting/NextMeeting'
import { PhotoGrid } from '@/components/photos/PhotoGrid'
import { JsonLd } from '@/components/seo/JsonLd'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { env } from '@/lib/startup/env'
import { localizedPath } from '@/lib/urls/localizedPath'
import { websiteJsonLd } from '@/lib/metadata/jsonLd'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import {
  getLatestArticles,
  getPastDemoReportsPage,
  getRecentDemoPhotos,
  getSiteSettings,
  getUpcomingDemoReports,
} from '@/lib/queries'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

type Props = { params: Promise<LanguageParams> }

export async function generateMetadata({ params }: Props) {
  const { code } = await pageLanguage(params)
  const settings = await getSiteSettings(code)
  return { ...pageMetadata({ lang: code, title: settings.siteName, description: settings.about || settings.tagline, path: '/' }), title: { absolute: settings.siteName } }
}

export default async function HomePage({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).home
  const href = (path: string) => localizedPath(code, path)
  const [settings, articles, upcoming, past, photos] = await Promise.all([
    getSiteSettings(code),
    getLatestArticles(6, code),
    getUpcomingDemoReports(3, code),
    getPastDemoReportsPage(1, code),
    getRecentDemoPhotos(6, code),
  ])
  const demos = [...upcoming, ...past.docs].slice(0, 4)
  return (
    <div className="home">
      <JsonLd data={websiteJsonLd({ siteName: settings.siteName, siteURL: env().serverURL }, code, settings.tagline)} />
      <section className="intro" aria-labelledby="intro-title">
        <h1 id="intro-title">{settings.siteName}</h1>
        <p className="intro__tagline">{settings.tagline}</p>
        {settings.about && <p>{settings.about}</p>}
      </section>

      <section aria-labelledby="latest-news">
        <h2 id="latest-news">{t.latestNews}</h2>
        {articles.length === 0 ? (
          <p>{siteText(code).news.empty}</p>
        ) : (
          <div className="card-grid">
            {articles.map((article, index) => (
              <ArticleCard key={article.id} lang={code} article={article} priority={index === 0} />
            ))}
          </div>
        )}
        <p className="more">
          <Link href={href('/news')}>{t.allNews}</Link>
        </p>
      </section>

      <section aria-labelledby="demos">
        <h2 id="demos">{t.demonstrations}</h2>
        {demos.length === 0 ? (
          <p>{t.noDemonstrations}</p>
        ) : (
          <div className="card-grid">
            {demos.map((report) => (
              <DemoCard key={report.id} lang={code} report={report} />
            ))}
          </div>
        )}
        <p className="more">
          <Link href={href('/demos')}>{t.allDemonstrations}</Link>
        </p>
      </section>

      <NextMeeting lang={code} />

      {photos.length > 0 && (
        <section aria-labelledby="banner-photos">
          <h2 id="banner-photos">{t.bannerPhotos}</h2>
          <PhotoGrid lang={code} photos={photos} />
          <p className="more">
            <Link href={href('/photos')}>{t.photoArchive}</Link> · <Link href={href('/photos/banner')}>{t.bannerJourney}</Link>
          </p>
        </section>
      )}

      <section className="join-us" aria-labelledby="join-us">
        <h2 id="join-us">{t.join}</h2>
        <p>
          {t.joinText} <Link href={href('/join')}>{t.joinLink}</Link>.
        </p>
      </section>
    </div>
  )
}
