import { defaultLanguage, languageOf } from '@/i18n/languages'
import { localizedPath } from '@/lib/urls/localizedPath'

/** The public address of every kind of document: one place, so links, feeds and revalidation agree. */
export const articlePath = (slug: string) => `/news/${slug}`
export const demoReportPath = (slug: string) => `/demos/${slug}`
export const topicPath = (slug: string) => `/topics/${slug}`
export const meetingPath = (slug: string) => `/meetings/${slug}`

/** Every upcoming demonstration and meeting as one iCalendar feed; each upcoming event has its own beside its page. */
export const CALENDAR_PATH = '/calendar.ics'
export const eventCalendarPath = (eventPath: string) => `${eventPath}/calendar.ics`

export const pathForCollection = {
  articles: articlePath,
  'demo-reports': demoReportPath,
  topics: topicPath,
  meetings: meetingPath,
} as const

export type LinkableCollection = keyof typeof pathForCollection

/**
 * The admin's "Preview": the preview route checks the editor's session, then opens the page in the
 * language being edited (English for anything else).
 */
export function previewURL(collection: LinkableCollection, slug: string | null | undefined, lang?: string): string | null {
  if (!slug) return null
  const language = languageOf(lang ?? '')?.code ?? defaultLanguage.code
  return `/next/preview?path=${encodeURIComponent(localizedPath(language, pathForCollection[collection](slug)))}`
}
