import { IncomingMessage } from 'node:http'

import { languageCodes } from '@/i18n/languages'
import { MASTODON_SHARE_PATH } from '@/lib/share/mastodonShare'
import { localizedPath, UNLOCALIZED_SEGMENTS } from '@/lib/urls/localizedPath'

import { JOIN_FORM_ADDRESSES, REMOVAL_FORM_ADDRESS } from '@/server/authRateLimits'
import { normalisedPath } from '@/server/normalisedPath'

/** The page addresses that take a form: the join form's and the share links' Mastodon form's, in every language. */
const FORM_ADDRESSES = new Set([...JOIN_FORM_ADDRESSES, ...languageCodes.map((lang) => localizedPath(lang, MASTODON_SHARE_PATH))])

/** Those, and each photo's removal form. */
const takesForm = (path: string) => FORM_ADDRESSES.has(path) || REMOVAL_FORM_ADDRESS.test(path)

/** The largest form a person can send: the join form's 5,000 characters (up to 4 bytes each) and the other fields, with room. */
export const LARGEST_FORM_BYTES = 64 * 1024

const FORM_TYPES = /^\s*(?:multipart\/form-data|application\/x-www-form-urlencoded)\b/i

/**
 * A form a browser without JavaScript sends to a page: a server action without its script, which
 * carries no `Next-Action` header. Next answers such a form that is too large or unreadable with a
 * 500, as soon as the site has any server action; the API, the admin and Next's own routes are
 * left to Payload and Next.
 */
export function isPageFormPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || req.headers['next-action'] !== undefined) return false
  if (!FORM_TYPES.test(req.headers['content-type'] ?? '')) return false
  const first = (normalisedPath(req.url ?? '/') ?? '/').split('/')[1] ?? ''
  return !UNLOCALIZED_SEGMENTS.includes(first)
}

/** The request again, its body read, for Next to read as it would the original. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const again = new IncomingMessage(req.socket)
  const headers = { ...req.headers, 'content-length': String(body.length) }
  delete headers['transfer-encoding']
  Object.assign(again, { method: req.method, url: req.url, headers, httpVersion: req.httpVersion, httpVersionMajor: req.httpVersionMajor, httpVersionMinor: req.httpVersionMinor })
  // An incoming message that ends incomplete counts as aborted, and takes its socket down with it.
  again.complete = true
  again.push(body)
  again.push(null)
  return again
}

/**
 * Reads a page's form before Next does: only the addresses that take a form (`takesForm`) take one, at most LARGEST_FORM_BYTES,
 * and it must parse. What passes goes on to Next as it came.
 */
export function readPageForm(req: IncomingMessage): Promise<{ refused: 400 | 405 | 413 } | { form: IncomingMessage }> {
  if (!takesForm(normalisedPath(req.url ?? '/') ?? '')) {
    req.resume()
    return Promise.resolve({ refused: 405 })
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let bytes = 0
    const tooLarge = () => {
      req.removeAllListeners('data')
      req.resume()
      resolve({ refused: 413 })
    }
    if (Number(req.headers['content-length'] ?? 0) > LARGEST_FORM_BYTES) return tooLarge()
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      if (bytes > LARGEST_FORM_BYTES) return tooLarge()
      chunks.push(chunk)
    })
    req.on('error', () => resolve({ refused: 400 }))
    req.on('end', () => {
      if (bytes > LARGEST_FORM_BYTES) return
      const body = Buffer.concat(chunks)
      const parsed = new Request('http://form.invalid/', { method: 'POST', headers: { 'Content-Type': String(req.headers['content-type']) }, body })
      parsed.formData().then(
        () => resolve({ form: replay(req, body) }),
        () => resolve({ refused: 400 }),
      )
    })
  })
}
