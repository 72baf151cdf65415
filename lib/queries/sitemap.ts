import type { Payload } from 'payload'

import { defaultLanguage, type LanguageCode, languageCodes } from '@/i18n/languages'
import { absoluteURL } from '@/lib/urls/absoluteURL'
import { localizedPath } from '@/lib/urls/localizedPath'
import { parseWrittenPageNumber } from '@/lib/urls/pageNumber'
import { articlePath, demoReportPath, meetingPath, topicPath } from '@/lib/urls/paths'

import { asVisitor } from '@/lib/queries/asVisitor'
import { writtenIn } from '@/lib/queries/translations'

/** One address, with the same page in every language it is written in (`xhtml:link` alternates). */
export type SitemapEntry = { url: string; lastModified?: string; alternates: { hreflang: string; url: string }[] }

/**
 * Addresses per part. The protocol allows 50,000; a part of a thousand stays a light, quickly
 * cached response, and the index that lists the parts stays small however much is published.
 */
export const SITEMAP_PART_SIZE = 1000

/** Pages that exist whatever the content; search is left out because its results are not pages worth indexing. */
const STATIC_PATHS = ['/', '/news', '/demos', '/meetings', '/topics', '/about', '/join']

const COLLECTIONS = {
  articles: { slug: 'articles', path: articlePath },
  demos: { slug: 'demo-reports', path: demoReportPath },
  meetings: { slug: 'meetings', path: meetingPath },
} as const
type Numbered = keyof typeof COLLECTIONS

/** `pages.xml` (the fixed pages and topics), `articles-<n>.xml`, `demos-<n>.xml`, `meetings-<n>.xml`. */
const PART_NAME = /^(?:pages|(?<kind>articles|demos|meetings)-(?<number>\d+))\.xml$/

/** The names of the parts, each listed in the index as `/sitemaps/<name>`. */
export async function findSitemapParts(payload: Payload, partSize = SITEMAP_PART_SIZE): Promise<string[]> {
  const numbered = await Promise.all(
    (Object.keys(COLLECTIONS) as Numbered[]).map(async (kind) => {
      const { totalDocs } = await payload.count({ collection: COLLECTIONS[kind].slug, overrideAccess: false })
      return Array.from({ length: Math.ceil(totalDocs / partSize) }, (_, index) => `${kind}-${index + 1}.xml`)
    }),
  )
  return ['pages.xml', ...numbered.flat()]
}

/**
 * One part's addresses, or null when there is no such part. Documents are taken oldest publication
 * first, so a new one joins the last part and the earlier parts keep their addresses.
 */
export async function findSitemapPart(payload: Payload, name: string, partSize = SITEMAP_PART_SIZE): Promise<SitemapEntry[] | null> {
  const match = PART_NAME.exec(name)
  if (!match) return null
  const { kind, number } = match.groups as { kind?: Numbered; number?: string }
  const page = { ...asVisitor, locale: 'all', depth: 0, limit: partSize } as const
  if (!kind) {
    const topics = await payload.find({ collection: 'topics', ...page, select: { slug: true, updatedAt: true, name: true }, sort: 'slug' })
    return [
      ...STATIC_PATHS.flatMap((path) => inEachLanguage(path, languageCodes)),
      ...topics.docs.flatMap((doc) => (doc.slug ? inEachLanguage(topicPath(doc.slug), writtenIn(doc.name), doc.updatedAt) : [])),
    ]
  }
  const pageNumber = parseWrittenPageNumber(number)
  if (pageNumber === null) return null
  const { slug, path } = COLLECTIONS[kind]
  const { docs } = await payload.find({ collection: slug, ...page, select: { slug: true, updatedAt: true, title: true }, page: pageNumber, sort: ['publishedAt', 'id'] })
  return docs.length === 0 ? null : docs.flatMap((doc) => (doc.slug ? inEachLanguage(path(doc.slug), writtenIn(doc.title), doc.updatedAt) : []))
}

/** A page's address in each of its languages, each naming all of them and `x-default`, the English one. */
function inEachLanguage(path: string, languages: LanguageCode[], lastModified?: string): SitemapEntry[] {
  const alternates = [
    ...languages.map((code) => ({ hreflang: code, url: absoluteURL(localizedPath(code, path)) })),
    { hreflang: 'x-default', url: absoluteURL(localizedPath(defaultLanguage.code, path)) },
  ]
  return languages.map((code) => ({ url: absoluteURL(localizedPath(code, path)), lastModified, alternates }))
}
