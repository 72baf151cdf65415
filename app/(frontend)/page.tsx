import Link from 'next/link'

import { ArticleCard } from '@/components/cards/ArticleCard'
import { DemoCard } from '@/components/cards/DemoCard'
import { PhotoGrid } from '@/components/photos/PhotoGrid'
import { JsonLd } from '@/components/seo/JsonLd'
import { env } from '@/lib/startup/env'
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

export async function generateMetadata() {
  const settings = await getSiteSettings()
  return { ...pageMetadata({ title: settings.siteName, description: settings.about || settings.tagline, path: '/' }), title: { absolute: settings.siteName } }
}

export default async function HomePage() {
  const [settings, articles, upcoming, past, photos] = await Promise.all([
    getSiteSettings(),
    getLatestArticles(6),
    getUpcomingDemoReports(3),
    getPastDemoReportsPage(1),
    getRecentDemoPhotos(6),
  ])
  const demos = [...upcoming, ...past.docs].slice(0, 4)
  return (
    <div className="home">
      <JsonLd data={websiteJsonLd({ siteName: settings.siteName, siteURL: env().serverURL }, settings.tagline)} />
      <section className="intro" aria-labelledby="intro-title">
        <h1 id="intro-title">{settings.siteName}</h1>
        <p className="intro__tagline">{settings.tagline}</p>
        {settings.about && <p>{settings.about}</p>}
      </section>

      <section aria-labelledby="latest-news">
        <h2 id="latest-news">Latest news</h2>
        {articles.length === 0 ? (
          <p>Nothing published yet.</p>
        ) : (
          <div className="card-grid">
            {articles.map((article, index) => (
              <ArticleCard key={article.id} article={article} priority={index === 0} />
            ))}
          </div>
        )}
        <p className="more">
          <Link href="/news">All news</Link>
        </p>
      </section>

      <section aria-labelledby="demos">
        <h2 id="demos">Demonstrations</h2>
        {demos.length === 0 ? (
          <p>No demonstrations yet.</p>
        ) : (
          <div className="card-grid">
            {demos.map((report) => (
              <DemoCard key={report.id} report={report} />
            ))}
          </div>
        )}
        <p className="more">
          <Link href="/demos">All demonstrations</Link>
        </p>
      </section>

      {photos.length > 0 && (
        <section aria-labelledby="banner-photos">
          <h2 id="banner-photos">Our banner on the march</h2>
          <PhotoGrid photos={photos} />
          <p className="more">
            <Link href="/photos">The photo archive</Link> · <Link href="/photos/banner">The banner’s journey</Link>
          </p>
        </section>
      )}

      <section className="join-us" aria-labelledby="join-us">
        <h2 id="join-us">Join us</h2>
        <p>
          We meet to discuss the global situation and bring the different struggles together.{' '}
          <Link href="/join">Find out how to get in touch</Link>.
        </p>
      </section>
    </div>
  )
}
