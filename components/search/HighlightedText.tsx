import type { Highlighted } from '@/lib/queries'

/** Text with its matched words in `<mark>`: every piece is a text node, so nothing in it is read as markup. */
export function HighlightedText({ text }: { text: Highlighted }) {
  return text.map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : piece.text))
}
