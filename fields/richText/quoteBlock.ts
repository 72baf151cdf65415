import type { Block } from 'payload'

import { validateText, validateTextarea } from '@/fields/textOnly'

/** A quotation with its speaker: rendered as <blockquote> with a <cite>, which Lexical's own quote lacks. */
export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: 'Quote with attribution', plural: 'Quotes with attribution' },
  fields: [
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      validate: validateTextarea,
      admin: { description: 'Separate paragraphs with an empty line.' },
    },
    {
      name: 'attribution',
      type: 'text',
      maxLength: 200,
      validate: validateText,
      admin: { description: 'Who said it, e.g. "Tanya Vyhovsky, Vermont State Senator".' },
    },
  ],
}
