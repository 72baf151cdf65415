type PagePolicyOptions = {
  /** Hashes of the page's own inline scripts (Next's bootstrap and streamed data). */
  scriptHashes: string[]
  /** Ask browsers to fetch every sub-resource over HTTPS (when the site is served over HTTPS). */
  upgradeInsecureRequests: boolean
  /** A draft shown in the admin's live preview, which frames it from the site's own origin. */
  framedByOwnAdmin?: boolean
}

/**
 * The policy of an HTML page: scripts from the site's own files and the inline scripts it was
 * served with, nothing else; images and fonts from the site (plus `data:` placeholders and the
 * admin's `blob:` previews of a chosen upload); no plugins, no foreign form targets, and no framing,
 * except a draft by the site's own admin (its live preview).
 * Styles allow inline attributes, which React sets for placeholders and the admin for layout.
 */
export function pagePolicy({ scriptHashes, upgradeInsecureRequests, framedByOwnAdmin = false }: PagePolicyOptions): string {
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    framedByOwnAdmin ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
  ]
  if (upgradeInsecureRequests) directives.push('upgrade-insecure-requests')
  return directives.join('; ')
}

/** Anything that is not a page (JSON, feeds, images) runs nothing and may be framed by no one. */
export const NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'"
