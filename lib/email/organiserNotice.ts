import { escapeMarkup } from '@/lib/text/escapeMarkup'

type Notice = {
  lead: string
  /** Each a label and what the visitor gave, on a line of its own. */
  lines: [label: string, value: string][]
  /** The visitor's own words, shown as they wrote them, line breaks included. */
  message?: string
  /** Where organisers deal with it in the admin. */
  link: { label: string; href: string }
  closing?: string
}

/**
 * The text and HTML bodies of a notice to the organisers about something a visitor sent. Everything
 * is escaped in the HTML: visitors typed most of it.
 */
export function organiserNotice({ lead, lines, message, link, closing }: Notice): { text: string; html: string } {
  const text = [
    lead,
    '',
    ...lines.map(([label, value]) => `${label}: ${value}`),
    ...(message === undefined ? [] : ['', message]),
    '',
    `${link.label}: ${link.href}`,
    ...(closing ? [closing] : []),
  ].join('\n')
  const html = [
    `<p>${escapeMarkup(lead)}</p>`,
    `<p style="white-space: pre-wrap">${lines.map(([label, value]) => `${escapeMarkup(label)}: ${escapeMarkup(value)}`).join('<br>')}</p>`,
    ...(message === undefined ? [] : [`<p style="white-space: pre-wrap">${escapeMarkup(message)}</p>`]),
    `<p><a href="${escapeMarkup(link.href)}">${escapeMarkup(link.label)}</a></p>`,
    ...(closing ? [`<p>${escapeMarkup(closing)}</p>`] : []),
  ].join('\n')
  return { text, html }
}
