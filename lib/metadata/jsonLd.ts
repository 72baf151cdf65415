import type { LanguageCode } from '@/i18n/languages'
import type { Article, DemoReport, Media, Meeting } from '@/payload-types'

import { localizedPath } from '@/lib/urls/localizedPath'
import { articlePath, demoReportPath, meetingPath } from '@/lib/urls/paths'

import { articleDescription, demoReportDescription, meetingDescription } from '@/lib/metadata/description'

/** A schema.org document as search engines read it from a page. */
export type JsonLd = { '@context': 'https://schema.org'; '@type': string; [property: string]: unknown }

export type SiteIdentity = { siteName: string; siteURL: string }

const organization = (name: string) => ({ '@type': 'Organization', name })

/** Search engines want the full-size picture; unpopulated relations (ids) carry no address and are skipped. */
function imageURLs(images: (number | Media | null | undefined)[], siteURL: string): string[] | undefined {
  const urls = images.flatMap((image) => (typeof image === 'object' && image?.url ? [new URL(image.url, siteURL).href] : []))
  return urls.length > 0 ? urls : undefined
}

/** A demonstration's local time: it happens where it happens, so no time zone is claimed. */
function localDateTime(date: string, time: string | null | undefined): string {
  const day = date.slice(0, 10)
  return time ? `${day}T${time}` : day
}

/** The home page: the site, its publisher and its search, so search engines can offer a search box. */
export function websiteJsonLd({ siteName, siteURL }: SiteIdentity, lang: LanguageCode, description?: string | null): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteName,
    url: new URL(localizedPath(lang, '/'), siteURL).href,
    inLanguage: lang,
    description: description || undefined,
    publisher: { ...organization(siteName), url: siteURL },
    potentialAction: {
      '@type': 'SearchAction',
      target: `${new URL(localizedPath(lang, '/search'), siteURL).href}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  }
}

/** A document in the language its words are in (English on a page that falls back to it). */
type InLanguage = { lang: LanguageCode }

export function newsArticleJsonLd(article: Article & InLanguage, { siteName, siteURL }: SiteIdentity): JsonLd {
  const url = new URL(localizedPath(article.lang, articlePath(article.slug ?? '')), siteURL).href
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    inLanguage: article.lang,
    headline: article.title,
    description: articleDescription(article) || undefined,
    datePublished: article.publishedAt ?? article.createdAt,
    dateModified: article.updatedAt,
    // Bylines name groups ("Ukraine Information Group"), not people; without one the site itself speaks.
    author: organization(article.byline || siteName),
    publisher: { ...organization(siteName), url: siteURL },
    image: imageURLs([article.heroImage], siteURL),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
  }
}

export function demoReportEventJsonLd(report: DemoReport & InLanguage, { siteURL }: SiteIdentity): JsonLd {
  const { venue, city, country } = report.place ?? {}
  const placeName = venue || city || country
  const organisers = (report.organisers ?? []).map(({ name }) => organization(name))
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    inLanguage: report.lang,
    name: report.title,
    startDate: localDateTime(report.date, report.startTime),
    endDate: report.endTime ? localDateTime(report.date, report.endTime) : undefined,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: placeName
      ? {
          '@type': 'Place',
          name: placeName,
          address: { '@type': 'PostalAddress', addressLocality: city || undefined, addressCountry: country || undefined },
        }
      : undefined,
    description: demoReportDescription(report) || undefined,
    image: imageURLs(report.photos ?? [], siteURL),
    organizer: organisers.length > 0 ? organisers : undefined,
    url: new URL(localizedPath(report.lang, demoReportPath(report.slug ?? '')), siteURL).href,
  }
}

const ATTENDANCE = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
}

/** A meeting: in a room, online or both; cancelled and moved meetings say so, as search engines ask. */
export function meetingEventJsonLd(meeting: Meeting & InLanguage, { siteName, siteURL }: SiteIdentity): JsonLd {
  const room = meeting.place ? { '@type': 'Place', name: meeting.place } : undefined
  const online = meeting.onlineLink ? { '@type': 'VirtualLocation', url: meeting.onlineLink } : undefined
  const locations = [room, online].filter(Boolean)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    inLanguage: meeting.lang,
    name: meeting.title,
    startDate: meeting.startsAt,
    endDate: meeting.endsAt,
    eventStatus:
      meeting.status === 'cancelled'
        ? 'https://schema.org/EventCancelled'
        : meeting.status === 'moved'
          ? 'https://schema.org/EventRescheduled'
          : 'https://schema.org/EventScheduled',
    eventAttendanceMode: room && online ? ATTENDANCE.mixed : online ? ATTENDANCE.online : ATTENDANCE.offline,
    location: locations.length === 1 ? locations[0] : locations,
    description: meetingDescription(meeting) || undefined,
    organizer: { ...organization(siteName), url: siteURL },
    url: new URL(localizedPath(meeting.lang, meetingPath(meeting.slug ?? '')), siteURL).href,
  }
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g

/**
 * JSON for inside a <script> element. Every character that could close the element ("</script>"),
 * open a comment ("<!--") or end a line in an old JavaScript parser is written as a \u escape, which
 * JSON reads back as the same text, so no editor's words can ever become markup.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
