import type { Language } from '@/i18n/languages'
import { escapeMarkup } from '@/lib/text/escapeMarkup'

type PlainPage = { language: Language; title: string; text: string; link: { href: string; text: string }; status?: number; refreshTo?: string }

/**
 * A page of one sentence and one link, for answers a route gives a visitor outside the site's
 * layout. `refreshTo` moves the browser on by itself (a meta refresh is a navigation, not a form
 * target, so the site's `form-action 'self'` policy lets it leave the site); the link stays for
 * anyone whose browser does not.
 */
export function plainPage({ language, title, text, link, status = 200, refreshTo }: PlainPage): Response {
  const refresh = refreshTo ? `<meta http-equiv="refresh" content="0; url=${escapeMarkup(refreshTo)}">` : ''
  const html = [
    '<!doctype html>',
    `<html lang="${language.code}" dir="${language.direction}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">${refresh}<title>${escapeMarkup(title)}</title></head>`,
    `<body><p>${escapeMarkup(text)}</p><p><a href="${escapeMarkup(link.href)}">${escapeMarkup(link.text)}</a></p></body>`,
    '</html>',
  ].join('\n')
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } })
}
