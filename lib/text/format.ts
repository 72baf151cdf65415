const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "8 June 2024". Dates are shown in UTC so a page reads the same on every server and for every visitor. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date)
}

/** The machine-readable date for <time dateTime>: the calendar day, or the full instant. */
export function isoDate(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

export function placeOf(place: { venue?: string | null; city?: string | null; country?: string | null } | null | undefined) {
  return [place?.venue, place?.city, place?.country].filter(Boolean).join(', ')
}
