import type { Metadata } from 'next'
import { draftMode } from 'next/headers'

import { DemoReportView } from '@/components/demo/DemoReportView'
import { PageNotFound } from '@/components/layout/PageNotFound'
import { JsonLd } from '@/components/seo/JsonLd'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { env } from '@/lib/startup/env'
import { placeOf } from '@/lib/text/format'
import { demoReportEventJsonLd } from '@/lib/metadata/jsonLd'
import { notFoundMetadata } from '@/lib/metadata/notFoundMetadata'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { demoReportPath } from '@/lib/urls/paths'
import { getArticlesAboutDemo, getDemoReport, getDemoReportPreview, getRecentDemoReportSlugs, getSiteSettings } from '@/lib/queries'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

export async function generateStaticParams() {
  return (await getRecentDemoReportSlugs(20)).map((slug) => ({ slug }))
}

type Props = { params: Promise<LanguageParams & { slug: string }> }

async function load(params: Props['params']) {
  const [{ code }, { slug }, { isEnabled }] = await Promise.all([pageLanguage(params), params, draftMode()])
  return isEnabled ? getDemoReportPreview(slug, code) : getDemoReport(slug, code)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [report, { code }] = await Promise.all([load(params), pageLanguage(params)])
  if (!report) return notFoundMetadata(code)
  const firstPhoto = report.photos?.find((photo) => typeof photo === 'object')
  return pageMetadata({
    lang: code,
    languages: report.languages,
    shownIn: report.lang,
    title: report.meta?.title || report.title,
    description: report.meta?.description || [report.cause, placeOf(report.place, siteText(code).separators.list)].filter(Boolean).join(' — ') || report.participation,
    path: demoReportPath(report.slug ?? ''),
    image: report.meta?.image || firstPhoto,
  })
}

export default async function DemoReportPage({ params }: Props) {
  const [report, { code }] = await Promise.all([load(params), pageLanguage(params)])
  if (!report) return <PageNotFound />
  const [settings, articles] = await Promise.all([getSiteSettings(code), getArticlesAboutDemo(report.id, code)])
  return (
    <>
      <JsonLd data={demoReportEventJsonLd(report, { siteName: settings.siteName, siteURL: env().serverURL })} />
      <DemoReportView report={report} articles={articles} lang={code} />
    </>
  )
}
