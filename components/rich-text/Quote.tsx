import type { QuoteBlock } from '@/payload-types'

/** The quote block: paragraphs in a <blockquote>, the speaker in a <cite> below it. */
export function Quote({ text, attribution }: Pick<QuoteBlock, 'text' | 'attribution'>) {
  return (
    <figure className="rt-quote">
      <blockquote>
        {text.split(/\n\s*\n/).map((paragraph, index) => (
          <p key={index}>{paragraph.trim()}</p>
        ))}
      </blockquote>
      {attribution && (
        <figcaption>
          — <cite>{attribution}</cite>
        </figcaption>
      )}
    </figure>
  )
}
