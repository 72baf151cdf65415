import { saidInEditorsLanguage } from '@/i18n/validationMessage'

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Deliveries carry a signature, not secrecy: over plain HTTP anyone on the way could read them and
 * replay them within the signature's tolerance. So receivers are reached over HTTPS, except a
 * receiver on this machine while developing or testing.
 */
export const validateReceiverURL = saidInEditorsLanguage((value: unknown) => {
  if (typeof value !== 'string' || value.trim() !== value || value === '') return 'receiverAddress'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'receiverFullAddress'
  }
  if (url.username || url.password) return 'receiverCredentials'
  if (url.protocol === 'https:') return true
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && process.env.NODE_ENV !== 'production') return true
  return 'receiverHTTPS'
})
