import type { IncomingMessage } from 'node:http'

/**
 * Answers a HEAD as the GET it asks about, so its status and headers are the GET's: a withdrawn
 * photo's page is 410 only once its body is rendered (pagePolicyResponse.ts), and Next renders no
 * body for a HEAD. Node made the response for the HEAD, so it still sends no body; and a cached page
 * answers the HEAD from memory.
 */
export function answerHeadAsGet(req: IncomingMessage): void {
  if (req.method === 'HEAD') req.method = 'GET'
}
