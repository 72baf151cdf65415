import type { IncomingMessage } from 'node:http'

import { normalisedPath } from '@/server/normalisedPath'

import { queryStringProblem } from '@/apiGuards/queryStringBounds'

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

const isJsonQueryOverride = (req: IncomingMessage) =>
  req.method === 'POST' &&
  (req.headers['x-payload-http-method-override'] === 'GET' || req.headers['x-http-method-override'] === 'GET') &&
  req.headers['content-type'] === 'application/json'

export type Refusal = { status: number; headers?: Record<string, string>; message: string }

/**
 * Requests Next or Payload would answer with a 500, refused here with the right 4xx: a method
 * nothing serves (TRACE, made-up ones), an address whose percent-escapes decode to no text (`%`,
 * a lone surrogate), and an API path naming a property every JavaScript object has
 * (`/api/constructor`), which Payload's router mistakes for a collection; and email verification,
 * which accounts here do not use (an admin creates them) and Payload fails on when it is off.
 * A query sent as a POST with a method override must come form-encoded, as the admin sends it:
 * Payload reads a JSON body there outside its error handling (a body that is not JSON is a 500),
 * and takes nothing from it but the locale.
 * Upstream: the unreadable JSON body is payloadcms/payload#15635; none found for the router's
 * lookup of `/api/constructor` or for verification when it is off (both reproduced here, 3.90).
 */
export function unservableRequest(req: IncomingMessage): Refusal | null {
  if (!METHODS.has(req.method ?? '')) {
    return { status: 405, headers: { Allow: [...METHODS].join(', ') }, message: `The method ${req.method} is not served here.` }
  }
  const path = normalisedPath(req.url ?? '/')
  if (path === null) return { status: 400, message: 'The address is not valid: it has a broken percent-escape.' }
  const segments = path.split('/')
  if (segments[1] !== 'api') return null
  if (segments.slice(2).some((segment) => segment in Object.prototype)) return { status: 404, message: 'Not Found' }
  // The bounds the hooks apply, checked here too for Payload's own collections, which Payload adds
  // after every plugin has run (see guardEveryRequest).
  const queryProblem = queryStringProblem(new URLSearchParams((req.url ?? '').split('?')[1] ?? ''), segments[2])
  if (queryProblem) return { status: 400, message: queryProblem }
  if (isJsonQueryOverride(req)) {
    return { status: 415, message: 'Send a query with X-HTTP-Method-Override as application/x-www-form-urlencoded.' }
  }
  if (segments[2] === 'users' && segments[3] === 'verify') {
    return { status: 404, message: 'Accounts here need no email verification.' }
  }
  return null
}
