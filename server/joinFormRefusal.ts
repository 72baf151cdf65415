import type { IncomingMessage, ServerResponse } from 'node:http'

import { defaultLanguage, languageOf } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { escapeMarkup } from '@/lib/text/escapeMarkup'
import { localizedPath, splitLanguage } from '@/lib/urls/localizedPath'

import { JOIN_FORM_ADDRESSES, type RateLimited } from '@/server/authRateLimits'
import { NON_PAGE_POLICY } from '@/server/contentSecurityPolicy'

export const isJoinFormAddress = (path: string) => JOIN_FORM_ADDRESSES.includes(path)

/**
 * A join form refused by the rate limit, answered as a visitor understands it, in the form's language.
 * Sent without JavaScript, the form gets a short page of its own (429), which runs and loads nothing.
 * Sent by the page's script (a server action, marked by its `Next-Action` header), the answer names
 * the page that says the same (`x-action-redirect`), which the script opens in place of the form.
 */
export function refuseJoinForm(req: IncomingMessage, res: ServerResponse, limited: RateLimited) {
  const { lang } = splitLanguage(limited.path)
  const language = languageOf(lang) ?? defaultLanguage
  const t = siteText(language.code).joinBusy
  const headers = { 'Retry-After': String(limited.retryAfterSeconds), 'Cache-Control': 'no-store' }
  if (req.headers['next-action']) {
    res.writeHead(429, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'x-action-redirect': `${localizedPath(language.code, '/join/busy')};push` })
    return res.end(t.body)
  }
  const page = [
    '<!doctype html>',
    `<html lang="${language.code}" dir="${language.direction}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeMarkup(t.title)}</title></head>`,
    `<body><main><h1>${escapeMarkup(t.title)}</h1><p>${escapeMarkup(t.body)}</p>`,
    `<p><a href="${escapeMarkup(localizedPath(language.code, '/join'))}">${escapeMarkup(t.back)}</a></p></main></body>`,
    '</html>',
  ].join('\n')
  res.writeHead(429, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': NON_PAGE_POLICY })
  res.end(page)
}
