import { type JsonLd as JsonLdData, serializeJsonLd } from '@/lib/metadata/jsonLd'

/**
 * Structured data for search engines. React would escape text children and break the JSON, hence
 * the raw HTML; serializeJsonLd escapes everything that could end the script element.
 */
export function JsonLd({ data }: { data: JsonLdData | JsonLdData[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
