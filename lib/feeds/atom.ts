import { type FeedChannel, withoutCharactersXmlForbids } from '@/lib/feeds/channel'
import { escapeMarkup } from '@/lib/text/escapeMarkup'

/** Text made safe for an Atom element or attribute; `type="text"` keeps it text, never markup. */
const text = (value: string) => escapeMarkup(withoutCharactersXmlForbids(value))

const element = (name: string, value: string) => `<${name}>${text(value)}</${name}>`

/** An Atom 1.0 feed (RFC 4287): the same items as the RSS feed, each with its picture as an enclosure link. */
export function buildAtom({ title, description, pageURL, feedURL, items, language, author }: FeedChannel): string {
  // `updated` is required: the newest item's date keeps the feed the same until something is published.
  const updated = items.length > 0 ? new Date(Math.max(...items.map((item) => Date.parse(item.date)))) : new Date()
  const entries = items.map((item) => {
    const date = new Date(item.date).toISOString()
    const enclosure = item.image
      ? `<link rel="enclosure" href="${text(item.image.url)}" type="${text(item.image.mimeType)}" length="${item.image.filesize}"/>`
      : ''
    return [
      '<entry>',
      element('id', item.url),
      `<title type="text">${text(item.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${text(item.url)}"/>`,
      element('published', date),
      element('updated', date),
      item.description ? `<summary type="text">${text(item.description)}</summary>` : '',
      enclosure,
      '</entry>',
    ].join('')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${text(language)}">`,
    element('id', pageURL),
    `<title type="text">${text(title)}</title>`,
    description ? `<subtitle type="text">${text(description)}</subtitle>` : '',
    element('updated', updated.toISOString()),
    `<author>${element('name', author)}</author>`,
    `<link rel="alternate" type="text/html" href="${text(pageURL)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${text(feedURL)}"/>`,
    ...entries,
    '</feed>\n',
  ]
    .filter(Boolean)
    .join('\n')
}
