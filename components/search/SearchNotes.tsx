import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { SEARCH_FILTERS, type SearchFilterName, type SearchRequest } from '@/lib/queries'

type Props = { leftOut: SearchFilterName[]; request: SearchRequest; knownTopics: string[]; lang: LanguageCode }

/**
 * One note for each filter the search went ahead without: those its address got wrong
 * (`leftOut`), and a well-formed topic that names none of the topics the form offers (`knownTopics`).
 */
export function SearchNotes({ leftOut, request, knownTopics, lang }: Props) {
  const t = siteText(lang).search.notes
  const unknownTopic = request.topic !== undefined && !knownTopics.includes(request.topic)
  const notes = SEARCH_FILTERS.filter((filter) => leftOut.includes(filter) || (filter === 'topic' && unknownTopic)).map((filter) => t[filter])
  if (notes.length === 0) return null
  return (
    <ul className="notice" aria-label={t.label}>
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  )
}
