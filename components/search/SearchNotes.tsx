import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import type { SearchRequest } from '@/lib/queries'

type Params = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined

/**
 * One note for each filter the address asked for that the search went ahead without: what was
 * asked (`params`) beside what was understood (`request`). `knownTopics` are the topics the form
 * offers; a well-formed slug that names none of them is left out too. The notes the query layer
 * writes are English, so the page says the same in its own language from this comparison.
 */
export function SearchNotes({ params, request, knownTopics, lang }: { params: Params; request: SearchRequest; knownTopics: string[]; lang: LanguageCode }) {
  const t = siteText(lang).search.notes
  const notes = [
    first(params.type) && !request.kind && t.type,
    ((first(params.topic) && !request.topic) || (request.topic && !knownTopics.includes(request.topic))) && t.topic,
    first(params.year) && !request.year && t.year,
    first(params.page) && request.page === 1 && Number(first(params.page)) !== 1 && t.page,
  ].filter((note): note is string => Boolean(note))
  if (notes.length === 0) return null
  return (
    <ul className="notice" aria-label={t.label}>
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  )
}
