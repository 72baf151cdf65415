import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { defaultLanguage, type Language, languageOf } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { escapeMarkup } from '@/lib/text/escapeMarkup'
import { localizedPath, splitLanguage } from '@/lib/urls/localizedPath'
import { REMOVAL_BUSY_PATH } from '@/lib/urls/photoLinks'

import { JOIN_FORM_ADDRESSES, type RateLimited, REMOVAL_FORM_ADDRESS } from '@/server/authRateLimits'
import { NON_PAGE_POLICY } from '@/server/contentSecurityPolicy'
import { normalisedPath } from '@/server/normalisedPath'

/**
 * The forms a person fills in on a page, refused in words rather than JSON: what the refusal says,
 * the page that says the same for the form's script, and the way back.
 */
const PAGE_FORMS = {
  join: { matches: (path: string) => JOIN_FORM_ADDRESSES.includes(path), busy: 'joinBusy', busyPage: '/join/busy', back: '/join' },
  removal: { matches: (path: string) => REMOVAL_FORM_ADDRESS.test(path), busy: 'removalBusy', busyPage: REMOVAL_BUSY_PATH, back: '/photos' },
} as const

const pageFormAt = (path: string) => Object.values(PAGE_FORMS).find((form) => form.matches(path))

export const isPageFormAddress = (path: string) => pageFormAt(path) !== undefined

const languageOfAddress = (path: string): Language => languageOf(splitLanguage(path).lang) ?? defaultLanguage

/** A short page of its own, in the form's language, that runs and loads nothing, with the way back to the form. */
function refusalPage(res: ServerResponse, status: number, path: string, words: (language: Language) => { title: string; body: string }, headers: OutgoingHttpHeaders = {}) {
  const language = languageOfAddress(path)
  const form = pageFormAt(path) ?? PAGE_FORMS.join
  const t = words(language)
  const back = siteText(language.code)[form.busy].back
  const page = [
    '<!doctype html>',
    `<html lang="${language.code}" dir="${language.direction}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeMarkup(t.title)}</title></head>`,
    `<body><main><h1>${escapeMarkup(t.title)}</h1><p>${escapeMarkup(t.body)}</p>`,
    `<p><a href="${escapeMarkup(localizedPath(language.code, form.back))}">${escapeMarkup(back)}</a></p></main></body>`,
    '</html>',
  ].join('\n')
  res.writeHead(status, { ...headers, 'Cache-Control': 'no-store', 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': NON_PAGE_POLICY })
  res.end(page)
}

/**
 * A page's form refused by the rate limit, answered as a visitor understands it, in the form's language.
 * Sent without JavaScript, the form gets a short page of its own (429). Sent by the page's script
 * (a server action, marked by its `Next-Action` header), the answer names the page that says the
 * same (`x-action-redirect`), which the script opens in place of the form.
 */
export function refusePageForm(req: IncomingMessage, res: ServerResponse, limited: RateLimited) {
  const form = pageFormAt(limited.path) ?? PAGE_FORMS.join
  const language = languageOfAddress(limited.path)
  const retry = { 'Retry-After': String(limited.retryAfterSeconds) }
  if (req.headers['next-action']) {
    res.writeHead(429, { ...retry, 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8', 'x-action-redirect': `${localizedPath(language.code, form.busyPage)};push` })
    return res.end(siteText(language.code)[form.busy].body)
  }
  refusalPage(res, 429, limited.path, (lang) => siteText(lang.code)[form.busy], retry)
}

/** A form the server would not pass on (see formPosts.ts): too large (413), unreadable (400), or sent to a page that takes none (405). */
export function refuseBrokenForm(req: IncomingMessage, res: ServerResponse, status: 400 | 405 | 413) {
  const headers: OutgoingHttpHeaders = status === 405 ? { Allow: 'GET, HEAD' } : { Connection: 'close' }
  refusalPage(res, status, normalisedPath(req.url ?? '/') ?? '/', (language) => siteText(language.code).joinBroken, headers)
}
