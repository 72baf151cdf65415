import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { defaultLanguage, type Language, languageOf } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { escapeMarkup } from '@/lib/text/escapeMarkup'
import { localizedPath, splitLanguage } from '@/lib/urls/localizedPath'

import { JOIN_FORM_ADDRESSES, type RateLimited } from '@/server/authRateLimits'
import { NON_PAGE_POLICY } from '@/server/contentSecurityPolicy'
import { normalisedPath } from '@/server/normalisedPath'

export const isJoinFormAddress = (path: string) => JOIN_FORM_ADDRESSES.includes(path)

const languageOfAddress = (path: string): Language => languageOf(splitLanguage(path).lang) ?? defaultLanguage

/** A short page of its own, in the form's language, that runs and loads nothing, with the way back to the form. */
function refusalPage(res: ServerResponse, status: number, language: Language, words: { title: string; body: string }, headers: OutgoingHttpHeaders = {}) {
  const back = siteText(language.code).joinBusy.back
  const page = [
    '<!doctype html>',
    `<html lang="${language.code}" dir="${language.direction}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeMarkup(words.title)}</title></head>`,
    `<body><main><h1>${escapeMarkup(words.title)}</h1><p>${escapeMarkup(words.body)}</p>`,
    `<p><a href="${escapeMarkup(localizedPath(language.code, '/join'))}">${escapeMarkup(back)}</a></p></main></body>`,
    '</html>',
  ].join('\n')
  res.writeHead(status, { ...headers, 'Cache-Control': 'no-store', 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': NON_PAGE_POLICY })
  res.end(page)
}

/**
 * A join form refused by the rate limit, answered as a visitor understands it, in the form's language.
 * Sent without JavaScript, the form gets a short page of its own (429). Sent by the page's script
 * (a server action, marked by its `Next-Action` header), the answer names the page that says the
 * same (`x-action-redirect`), which the script opens in place of the form.
 */
export function refuseJoinForm(req: IncomingMessage, res: ServerResponse, limited: RateLimited) {
  const language = languageOfAddress(limited.path)
  const t = siteText(language.code).joinBusy
  const retry = { 'Retry-After': String(limited.retryAfterSeconds) }
  if (req.headers['next-action']) {
    res.writeHead(429, { ...retry, 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8', 'x-action-redirect': `${localizedPath(language.code, '/join/busy')};push` })
    return res.end(t.body)
  }
  refusalPage(res, 429, language, t, retry)
}

/** A form the server would not pass on (see formPosts.ts): too large (413), unreadable (400), or sent to a page that takes none (405). */
export function refuseBrokenForm(req: IncomingMessage, res: ServerResponse, status: 400 | 405 | 413) {
  const headers: OutgoingHttpHeaders = status === 405 ? { Allow: 'GET, HEAD' } : { Connection: 'close' }
  const language = languageOfAddress(normalisedPath(req.url ?? '/') ?? '/')
  refusalPage(res, status, language, siteText(language.code).joinBroken, headers)
}
