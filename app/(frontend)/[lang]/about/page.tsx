import Link from 'next/link'

import { TopicTags } from '@/components/topics/TopicTags'
import { fill } from '@/i18n/fill'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { localizedPath } from '@/lib/urls/localizedPath'
import { getAllTopics, getSiteSettings } from '@/lib/queries'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

type Props = { params: Promise<LanguageParams> }

export async function generateMetadata({ params }: Props) {
  const { code } = await pageLanguage(params)
  const settings = await getSiteSettings(code)
  return pageMetadata({ lang: code, title: siteText(code).about.title, description: settings.about || settings.tagline, path: '/about' })
}

export default async function AboutPage({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).about
  const [settings, topics] = await Promise.all([getSiteSettings(code), getAllTopics(code)])
  return (
    <>
      <h1>{fill(t.heading, { siteName: settings.siteName })}</h1>
      <p className="standfirst">{settings.tagline}</p>
      {settings.about?.split(/\n\s*\n/).map((paragraph, index) => <p key={index}>{paragraph}</p>)}
      {topics.length > 0 && (
        <section aria-labelledby="topics">
          <h2 id="topics">{t.topics}</h2>
          <TopicTags lang={code} topics={topics} label={t.topics} />
        </section>
      )}
      <p>
        <Link href={localizedPath(code, '/join')}>{t.join}</Link>
      </p>
    </>
  )
}
