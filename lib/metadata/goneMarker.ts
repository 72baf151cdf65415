/**
 * Next has no way for a page to answer 410 Gone. A page that should renders this marker, and the
 * production server (server/pagePolicyResponse.ts) turns it into the status. Nothing typed by
 * anyone can forge it: text and attributes from content are escaped, so `<meta` never appears from them.
 */
export const GONE_MARKER = { name: 'solidarity-news-status', content: '410' }

export const GONE_MARKER_HTML = `<meta name="${GONE_MARKER.name}" content="${GONE_MARKER.content}"/>`
