import type { Block } from 'payload'

import { validateText, validateTextarea } from '@/fields/textOnly'
import { adminText } from '@/i18n/adminText'

/** A quotation with its speaker: rendered as <blockquote> with a <cite>, which Lexical's own quote lacks. */
export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: adminText('quote:singular'), plural: adminText('quote:plural') },
  fields: [
    {
      name: 'text',
      label: adminText('quote:text:label'),
      type: 'textarea',
      required: true,
      maxLength: 5000,
      validate: validateTextarea,
      admin: { description: adminText('quote:text:description') },
    },
    {
      name: 'attribution',
      label: adminText('quote:attribution:label'),
      type: 'text',
      maxLength: 200,
      validate: validateText,
      admin: { description: adminText('quote:attribution:description') },
    },
  ],
}
