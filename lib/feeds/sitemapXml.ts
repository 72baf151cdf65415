import type { SitemapEntry } from '@/lib/queries/sitemap'
import { escapeMarkup as escape } from '@/lib/text/escapeMarkup'


const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml'

/**
 * A `<urlset>` (sitemaps.org protocol 0.9): each address with when its document last changed, and
 * the same page in its other languages as `xhtml:link` alternates, the form search engines read.
 */
export function urlSetXml(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const lastModified = entry.lastModified ? `<lastmod>${escape(entry.lastModified)}</lastmod>` : ''
    const alternates = entry.alternates.map(({ hreflang, url }) => `<xhtml:link rel="alternate" hreflang="${escape(hreflang)}" href="${escape(url)}"/>`)
    return `<url><loc>${escape(entry.url)}</loc>${lastModified}${alternates.join('')}</url>`
  })
  return `${XML_DECLARATION}<urlset xmlns="${NAMESPACE}" xmlns:xhtml="${XHTML_NAMESPACE}">\n${urls.join('\n')}\n</urlset>\n`
}

/** A `<sitemapindex>`: the addresses of the parts. */
export function sitemapIndexXml(partURLs: string[]): string {
  const parts = partURLs.map((url) => `<sitemap><loc>${escape(url)}</loc></sitemap>`)
  return `${XML_DECLARATION}<sitemapindex xmlns="${NAMESPACE}">\n${parts.join('\n')}\n</sitemapindex>\n`
}

export function xmlResponse(xml: string, status = 200): Response {
  return new Response(xml, { status, headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
