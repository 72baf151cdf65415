import { defaultLanguage, type LanguageCode, languageOf } from '@/i18n/languages'

const dateFormats = new Map<string, Intl.DateTimeFormat>()

function dateFormatFor(locale: string): Intl.DateTimeFormat {
  if (!dateFormats.has(locale)) dateFormats.set(locale, new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }))
  return dateFormats.get(locale)!
}

/**
 * "8 June 2024", "8 червня 2024 р.", "8 يونيو 2024": in the words and order of the page's language.
 * Dates are shown in UTC so a page reads the same on every server and for every visitor.
 */
export function formatDate(iso: string | null | undefined, lang: LanguageCode): string {
  if (!iso) return ''
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : dateFormatFor((languageOf(lang) ?? defaultLanguage).locale).format(date)
}

/** The machine-readable date for <time dateTime>: the calendar day, or the full instant. */
export function isoDate(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/** "Russell Square, London": `separator` is the page language's comma (Arabic writes "،"). */
export function placeOf(place: { venue?: string | null; city?: string | null; country?: string | null } | null | undefined, separator = ', ') {
  return [place?.venue, place?.city, place?.country].filter(Boolean).join(separator)
}

const rangeFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * "Tuesday 15 December 2026, 19:00–21:00" in the page's language, in the group's time zone (the
 * site settings'): a meeting happens where the group meets, whoever reads the page.
 */
export function formatTimeRange(startISO: string, endISO: string, lang: LanguageCode, timeZone: string): string {
  const [start, end] = [new Date(startISO), new Date(endISO)]
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return ''
  const locale = (languageOf(lang) ?? defaultLanguage).locale
  const key = `${locale} ${timeZone}`
  if (!rangeFormats.has(key)) {
    rangeFormats.set(key, new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }))
  }
  return rangeFormats.get(key)!.formatRange(start, end)
}
