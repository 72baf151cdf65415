/** The digits a list page number is written with, as a pattern (next.config.ts rewrites on it too). */
export const PAGE_NUMBER_PATTERN = '\\d{1,5}'
const PAGE_NUMBER = new RegExp(`^${PAGE_NUMBER_PATTERN}$`)

/** A list page number from the URL: a whole number from 1 to 10,000, or null for anything else. */
export function parsePageNumber(value: string | undefined): number | null {
  if (!value || !PAGE_NUMBER.test(value)) return null
  const page = Number(value)
  return page >= 1 && page <= 10_000 ? page : null
}

/** A page number as this site writes it in an address (`3`, never `03`), or null: one address per page. */
export function parseWrittenPageNumber(value: string | undefined): number | null {
  const page = parsePageNumber(value)
  return page !== null && String(page) === value ? page : null
}
