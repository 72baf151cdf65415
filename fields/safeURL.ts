/**
 * Links organisers paste must never run code in a visitor's browser: only web and mail addresses,
 * and paths on this site, are accepted.
 */
export const SAFE_URL_MESSAGE =
  'Use a web address starting with https:// or http://, a mailto: address, or a path on this site starting with /.'

export function isSafeURL(value: string): boolean {
  const url = value.trim()
  if (url !== value || url === '' || /[\s\u0000-\u001f]/.test(url)) return false
  if (url.startsWith('/')) return !url.startsWith('//') && !url.startsWith('/\\')
  if (url.startsWith('#')) return true
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname.includes('@')
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== ''
}

/** Field validator for URL fields that must point outside the site (http/https only). */
export function validateExternalURL(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'Enter a web address.'
  if (!/^https?:\/\//i.test(value) || !isSafeURL(value)) return 'Use a full web address starting with https:// or http://.'
  return true
}
