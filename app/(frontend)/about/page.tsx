import Link from 'next/link'

import { TopicTags } from '@/components/topics/TopicTags'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { getAllTopics, getSiteSettings } from '@/lib/queries'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

export async function generateMetadata() {
  const settings = await getSiteSettings()
  return pageMetadata({ title: 'About us', description: settings.about || settings.tagline, path: '/about' })
}

export default async function AboutPage() {
  const [settings, topics] = await Promise.all([getSiteSettings(), getAllTopics()])
  return (
    <>
      <h1>About {settings.siteName}</h1>
      <p className="standfirst">{settings.tagline}</p>
      {settings.about?.split(/\n\s*\n/).map((paragraph, index) => <p key={index}>{paragraph}</p>)}
      {topics.length > 0 && (
        <section aria-labelledby="topics">
          <h2 id="topics">What we write about</h2>
          <TopicTags topics={topics} label="What we write about" />
        </section>
      )}
      <p>
        <Link href="/join">Join us</Link>
      </p>
    </>
  )
}
