import {
  BlockquoteFeature,
  BlocksFeature,
  BoldFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  StrikethroughFeature,
  UnderlineFeature,
  UnorderedListFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { Field, FieldAffectingData, TextField, TextFieldSingleValidation } from 'payload'

import { validateSafeURL } from '@/fields/safeURL'
import { adminText } from '@/i18n/adminText'

import { QuoteBlock } from '@/fields/richText/quoteBlock'

export const LINKABLE_COLLECTIONS = ['articles', 'demo-reports', 'topics'] as const

const validateLinkURL: TextFieldSingleValidation = (value, options) => {
  if ((options.siblingData as { linkType?: string }).linkType === 'internal') return true
  return validateSafeURL(value, options)
}

function withSafeURL(field: FieldAffectingData): Field {
  // The link feature hands over its own fields; only the custom URL needs a stricter check.
  if (field.name !== 'url' || field.type !== 'text') return field as Field
  return { ...field, validate: validateLinkURL } as TextField
}

/** The editor for article and demo-report bodies: what a news story needs, and tables for the leaflet. */
export const bodyEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    UnderlineFeature(),
    StrikethroughFeature(),
    LinkFeature({
      enabledCollections: [...LINKABLE_COLLECTIONS],
      fields: ({ defaultFields }) => defaultFields.map(withSafeURL),
    }),
    OrderedListFeature(),
    UnorderedListFeature(),
    BlockquoteFeature(),
    HorizontalRuleFeature(),
    UploadFeature({
      collections: {
        media: { fields: [{ name: 'caption', label: adminText('media:caption:label'), type: 'text', maxLength: 500 }] },
      },
    }),
    EXPERIMENTAL_TableFeature(),
    BlocksFeature({ blocks: [QuoteBlock] }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
