import type { IncomingMessage } from 'node:http'

import { normalisedPath } from './normalisedPath.js'

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

export type Refusal = { status: number; headers?: Record<string, string>; message: string }

/**
 * Requests Next or Payload would answer with a 500, refused here with the right 4xx: a method
 * nothing serves (TRACE, made-up ones), an address whose percent-escapes decode to no text (`%`,
 * a lone surrogate), and an API path naming a property every JavaScript object has
 * (`/api/constructor`), which Payload's router mistakes for a collection; and email verification,
 * which accounts here do not use (an admin creates them) and Payload fails on when it is off.
 */
export function unservableRequest(req: IncomingMessage): Refusal | null {
  if (!METHODS.has(req.method ?? '')) {
    return { status: 405, headers: { Allow: [...METHODS].join(', ') }, message: `The method ${req.method} is not served here.` }
  }
  const path = normalisedPath(req.url ?? '/')
  if (path === null) return { status: 400, message: 'The address is not valid: it has a broken percent-escape.' }
  const segments = path.split('/')
  if (segments[1] === 'api' && segments.slice(2).some((segment) => segment in Object.prototype)) {
    return { status: 404, message: 'Not Found' }
  }
  if (segments[1] === 'api') {
    // Payload's own collections (preferences, locks, jobs) take these straight to the database.
    const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '')
    for (const name of ['limit', 'page', 'depth']) {
      const value = query.get(name)
      if (value !== null && !/^\d{1,9}$/.test(value)) return { status: 400, message: `\`${name}\` must be a whole number.` }
    }
  }
  if (segments[1] === 'api' && segments[2] === 'users' && segments[3] === 'verify') {
    return { status: 404, message: 'Accounts here need no email verification.' }
  }
  return null
}
