import { createHash } from 'node:crypto'

/**
 * A strong ETag for a response's bytes, from Node's native hash. Next's own ETag runs a hash
 * written in JavaScript over every page on every request: for a cached page that was a sixth of
 * the server's work.
 */
export function entityTag(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}

/** Whether a GET's `If-None-Match` names this version, so a 304 can answer it (RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | string[] | undefined, etag: string): boolean {
  const value = Array.isArray(header) ? header.join(',') : header
  if (!value) return false
  if (value.trim() === '*') return true
  return value.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}

/**
 * Headers a 304 leaves out: those of the body it does not carry, and the page's policy, because
 * browsers merge a 304's headers into the page they hold and an empty policy would replace its hashes.
 */
export const NOT_ON_304 = ['content-type', 'content-length', 'content-encoding', 'content-security-policy']
