import type { ServerResponse } from 'node:http'

/** Two years: the value HSTS preload lists expect. */
const HSTS_MAX_AGE = 63_072_000

/** Headers every response of the production server carries, whatever it is. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()')
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  // Browsers ignore HSTS over plain HTTP, so it does no harm on a local production trial.
  res.setHeader('Strict-Transport-Security', `max-age=${HSTS_MAX_AGE}; includeSubDomains`)
}
