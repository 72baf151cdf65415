import { NotFoundMessage } from '@/components/layout/NotFoundMessage'

/** A 404 inside a language's pages, in that language (Next gives not-found pages no params). */
export default function NotFound() {
  return <NotFoundMessage />
}
