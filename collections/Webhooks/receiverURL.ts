const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Deliveries carry a signature, not secrecy: over plain HTTP anyone on the way could read them and
 * replay them within the signature's tolerance. So receivers are reached over HTTPS, except a
 * receiver on this machine while developing or testing.
 */
export function validateReceiverURL(value: unknown): true | string {
  if (typeof value !== 'string' || value.trim() !== value || value === '') return 'Enter the receiver’s address.'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'Enter a full address, starting with https://.'
  }
  if (url.username || url.password) return 'Put no user name or password in the address; the signature proves who sends.'
  if (url.protocol === 'https:') return true
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && process.env.NODE_ENV !== 'production') return true
  return 'Use an https:// address (http:// is accepted only for localhost while developing).'
}
