import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { DemoReportView } from '@/components/demo/DemoReportView'
import { JsonLd } from '@/components/seo/JsonLd'
import { env } from '@/lib/startup/env'
import { placeOf } from '@/lib/text/format'
import { demoReportEventJsonLd } from '@/lib/metadata/jsonLd'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { demoReportPath } from '@/lib/urls/paths'
import { getArticlesAboutDemo, getDemoReport, getDemoReportPreview, getRecentDemoReportSlugs, getSiteSettings } from '@/lib/queries'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

export async function generateStaticParams() {
  return (await getRecentDemoReportSlugs(20)).map((slug) => ({ slug }))
}

type Props = { params: Promise<{ slug: string }> }

async function load(slug: string) {
  const { isEnabled } = await draftMode()
  return isEnabled ? getDemoReportPreview(slug) : getDemoReport(slug)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await load((await params).slug)
  if (!report) return {}
  const firstPhoto = report.photos?.find((photo) => typeof photo === 'object')
  return pageMetadata({
    title: report.meta?.title || report.title,
    description: report.meta?.description || [report.cause, placeOf(report.place)].filter(Boolean).join(' — ') || report.participation,
    path: demoReportPath(report.slug ?? ''),
    image: report.meta?.image || firstPhoto,
  })
}

export default async function DemoReportPage({ params }: Props) {
  const report = await load((await params).slug)
  if (!report) notFound()
  const [settings, articles] = await Promise.all([getSiteSettings(), getArticlesAboutDemo(report.id)])
  return (
    <>
      <JsonLd data={demoReportEventJsonLd(report, { siteName: settings.siteName, siteURL: env().serverURL })} />
      <DemoReportView report={report} articles={articles} />
    </>
  )
}
