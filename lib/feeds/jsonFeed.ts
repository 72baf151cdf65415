import type { FeedChannel } from '@/lib/feeds/channel'

/** A JSON Feed 1.1 (jsonfeed.org/version/1.1): the same items as the RSS feed, each picture as an attachment. */
export function buildJsonFeed({ title, description, pageURL, feedURL, items, language, author }: FeedChannel): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: pageURL,
    feed_url: feedURL,
    ...(description ? { description } : {}),
    language,
    authors: [{ name: author }],
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      // Descriptions are plain text: `content_text` keeps a reader from taking them for markup.
      content_text: item.description,
      date_published: new Date(item.date).toISOString(),
      ...(item.image
        ? {
            image: item.image.url,
            attachments: [{ url: item.image.url, mime_type: item.image.mimeType, size_in_bytes: item.image.filesize }],
          }
        : {}),
    })),
  }
  return `${JSON.stringify(feed, null, 2)}\n`
}
