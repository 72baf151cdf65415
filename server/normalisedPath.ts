/**
 * The path as the router will see it: percent-decoded, without repeated or trailing slashes, so
 * `/api/users/%6Cogin/` is the login it is. Null when a percent-escape decodes to no text.
 */
export function normalisedPath(url: string): string | null {
  let pathname: string
  try {
    pathname = decodeURIComponent(url.split(/[?#]/)[0])
  } catch {
    return null
  }
  return pathname.replace(/\/{2,}/g, '/').replace(/(.)\/+$/, '$1')
}
