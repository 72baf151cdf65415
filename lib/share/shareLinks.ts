/** What a share link carries: the page's canonical absolute address and its title. */
export type SharedPage = { url: string; title: string }

export type ShareService = 'email' | 'whatsapp' | 'telegram' | 'bluesky'

/** The title, then the address: how every service that takes one text shows the page. */
export const shareText = ({ url, title }: SharedPage) => `${title} ${url}`

const encode = encodeURIComponent

/**
 * Each service's own address for composing a message, filled in: plain links, so sharing runs no
 * script of theirs and tells them nothing until the visitor chooses to go there. Mail bodies break
 * lines with CRLF, as RFC 6068 asks.
 */
export function shareLinks(page: SharedPage): Record<ShareService, string> {
  return {
    email: `mailto:?subject=${encode(page.title)}&body=${encode(`${page.title}\r\n\r\n${page.url}`)}`,
    whatsapp: `https://wa.me/?text=${encode(shareText(page))}`,
    telegram: `https://t.me/share/url?url=${encode(page.url)}&text=${encode(page.title)}`,
    bluesky: `https://bsky.app/intent/compose?text=${encode(shareText(page))}`,
  }
}
