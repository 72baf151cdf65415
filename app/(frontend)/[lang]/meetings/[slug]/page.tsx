import type { Metadata } from 'next'
import { draftMode } from 'next/headers'

import { PageNotFound } from '@/components/layout/PageNotFound'
import { MeetingView } from '@/components/meeting/MeetingView'
import { JsonLd } from '@/components/seo/JsonLd'
import { timeZoneOr } from '@/fields/timeZone'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { env } from '@/lib/startup/env'
import { meetingDescription } from '@/lib/metadata/description'
import { meetingEventJsonLd } from '@/lib/metadata/jsonLd'
import { notFoundMetadata } from '@/lib/metadata/notFoundMetadata'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { meetingPath } from '@/lib/urls/paths'
import { getMeeting, getMeetingPreview, getRecentMeetingSlugs, getSiteSettings } from '@/lib/queries'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

export async function generateStaticParams() {
  return (await getRecentMeetingSlugs(20)).map((slug) => ({ slug }))
}

type Props = { params: Promise<LanguageParams & { slug: string }> }

async function load(params: Props['params']) {
  const [{ code }, { slug }, { isEnabled }] = await Promise.all([pageLanguage(params), params, draftMode()])
  return isEnabled ? getMeetingPreview(slug, code) : getMeeting(slug, code)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [meeting, { code }] = await Promise.all([load(params), pageLanguage(params)])
  if (!meeting) return notFoundMetadata(code)
  return pageMetadata({
    lang: code,
    languages: meeting.languages,
    shownIn: meeting.lang,
    title: meeting.title,
    description: meetingDescription(meeting),
    path: meetingPath(meeting.slug ?? ''),
  })
}

export default async function MeetingPage({ params }: Props) {
  const [meeting, { code }] = await Promise.all([load(params), pageLanguage(params)])
  if (!meeting) return <PageNotFound />
  const settings = await getSiteSettings(code)
  return (
    <>
      <JsonLd data={meetingEventJsonLd(meeting, { siteName: settings.siteName, siteURL: env().serverURL })} />
      <MeetingView meeting={meeting} lang={code} timeZone={timeZoneOr(settings.timeZone)} />
    </>
  )
}
