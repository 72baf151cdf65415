import type { FieldHook, TextField } from 'payload'
import slugify from 'slugify'

import { adminText } from '@/i18n/adminText'
import { defaultLanguage } from '@/i18n/languages'
import { saidInEditorsLanguage } from '@/i18n/validationMessage'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_SLUG_LENGTH = 120

/** "Why we carry this banner!" → "why-we-carry-this-banner"; accents and other scripts are transliterated. */
export function toSlug(text: string): string {
  return slugify(text, { lower: true, strict: true, trim: true }).slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '')
}

type Sluggable = { id: number | string; title?: string | null; slug?: string | null; publishedAt?: string | null }

/**
 * A slug becomes the document's public address at first publication and never moves after that
 * (an attempt to change it keeps the published one). Before that, it fills an empty slug from the title, and keeps following the title while the slug is still the
 * generated one, so an autosave of a half-typed title does not freeze a half-word slug.
 */
const generateSlug =
  (fromField: string): FieldHook<Sluggable, string | null | undefined> =>
  ({ value, data, originalDoc, req }) => {
    const source = (data as Record<string, unknown> | undefined)?.[fromField]
    const generatedBefore = originalDoc?.title ? toSlug(originalDoc.title) : undefined
    // One slug serves every language: a translated title never moves it once it exists.
    const inDefaultLanguage = !req.locale || req.locale === defaultLanguage.code
    const followsTitle = !value || (inDefaultLanguage && value === originalDoc?.slug && value === generatedBefore)
    if (originalDoc?.publishedAt) return originalDoc.slug ?? value
    if (followsTitle && typeof source === 'string' && source.trim()) return toSlug(source)
    return typeof value === 'string' ? toSlug(value) : value
  }

export function slugField(fromField = 'title'): TextField {
  return {
    name: 'slug',
    label: adminText('fields:slug:label'),
    type: 'text',
    // Not `required` in the schema: the hook fills it from the title, so callers may leave it out;
    // `validate` still refuses a document that ends up without one.
    unique: true,
    index: true,
    maxLength: MAX_SLUG_LENGTH,
    admin: {
      position: 'sidebar',
      description: adminText('fields:slug:description'),
    },
    hooks: { beforeValidate: [generateSlug(fromField)] },
    validate: saidInEditorsLanguage((value: string | null | undefined) => {
      if (!value) return 'slugRequired'
      if (!SLUG_PATTERN.test(value)) return 'slugPattern'
      return true
    }),
  }
}
