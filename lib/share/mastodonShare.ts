/** A host name's labels: letters, digits and inner hyphens, at most 63 each (RFC 1123). */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

/** Longer than any title and address together; a longer text was not written by our form. */
export const MAX_SHARE_TEXT = 1000

/** Where the share links' Mastodon form posts (in each language, as every page). */
export const MASTODON_SHARE_PATH = '/share/mastodon'

/**
 * The host name of a Mastodon server as a visitor types it, or null. Forgiving of what people paste
 * (`https://example.social/`, `@me@example.social`, capitals), strict about what comes out: a
 * public DNS name of two labels or more ending in letters, with no port, user, path or address
 * literal, so the redirect can only ever reach `https://<that host>/share`.
 */
export function mastodonHost(typed: string): string | null {
  let host = typed.trim().toLowerCase()
  host = host.replace(/^https:\/\//, '').replace(/\/+$/, '')
  // A full handle, `@name@host`, names the server after its second `@`.
  const handle = /^@?[a-z0-9_.-]+@([^@]+)$/.exec(host)
  if (handle) host = handle[1]
  if (host.length > 253) return null
  const labels = host.split('.')
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null
  if (!/^[a-z]{2,63}$/.test(labels.at(-1)!) && !/^xn--[a-z0-9-]+$/.test(labels.at(-1)!)) return null
  return host
}

/** The server's own page for writing a post, with the text filled in. */
export const mastodonShareURL = (host: string, text: string) => `https://${host}/share?text=${encodeURIComponent(text)}`
