import { saidInEditorsLanguage } from '@/i18n/validationMessage'

/**
 * Links organisers paste must never run code in a visitor's browser: only web and mail addresses,
 * and paths on this site, are accepted.
 */
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
export const validateExternalURL = saidInEditorsLanguage((value: unknown) => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'webAddress'
  if (!/^https?:\/\//i.test(value) || !isSafeURL(value)) return 'externalURL'
  return true
})

/** Field validator for a link that may also be a mail address or a path on this site. */
export const validateSafeURL = saidInEditorsLanguage((value: string | null | undefined) => (value && isSafeURL(value) ? true : 'safeURL'))
