/** A list page number from the URL: a whole number from 1 to 10,000, or null for anything else. */
export function parsePageNumber(value: string | undefined): number | null {
  if (!value || !/^\d{1,5}$/.test(value)) return null
  const page = Number(value)
  return page >= 1 && page <= 10_000 ? page : null
}
