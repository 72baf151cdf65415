/** Any origin that is not a real site: paths resolved against it that keep it stayed on this site. */
const HERE = 'http://this-site.invalid'

/**
 * A path on this site, never another site (`//evil.example` and `/\evil.example` are refused),
 * percent-encoded as a Location header needs: a redirect to `/ü` or `/\u2028` written as it is would
 * not fit in the header and end as a 500.
 */
export function sitePath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null
  if (/[\u0000-\u001f]/.test(value) || !URL.canParse(value, HERE)) return null
  const url = new URL(value, HERE)
  // Resolving dots can leave `//host` (from `/..//evil.example`), which a browser reads as another site.
  if (url.origin !== HERE || url.pathname.startsWith('//')) return null
  return `${url.pathname}${url.search}${url.hash}`
}
