import type { Field, FieldHook } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { adminText } from '@/i18n/adminText'
import { languageNames } from '@/i18n/languageNames'
import { defaultLanguage, languageCodes } from '@/i18n/languages'
import { NAMING_FIELD, type TranslatableCollection, writtenIn } from '@/lib/queries/translations'

/**
 * The languages a document is not written in yet, for the admin's lists: a column, and a filter
 * ("Not yet translated into: العربية") that lists what still needs translating. Worked out at every
 * save from the naming field (title, name) in every language of the version being written: the
 * language being saved as the editor sent it, the others as last saved, drafts included, so a
 * language leaves the list as soon as someone has started on it. Whatever is sent for this field
 * is ignored.
 */
export function untranslatedField(collection: TranslatableCollection): Field {
  const naming = NAMING_FIELD[collection]

  const workOut: FieldHook = ({ siblingData, siblingDocWithLocales, req }) => {
    const sent: unknown = siblingData[naming]
    // A write of every language at once (`locale=all`) sends each one's text.
    if (req.locale === 'all') return missing(writtenIn(sent))
    const locale = req.locale ?? defaultLanguage.code
    const saved = (siblingDocWithLocales?.[naming] ?? {}) as Record<string, unknown>
    return missing(writtenIn({ ...saved, [locale]: sent }))
  }

  return {
    name: 'untranslated',
    label: adminText('fields:untranslated:label'),
    type: 'select',
    hasMany: true,
    options: languageCodes.map((code) => ({ value: code, label: languageNames(code) })),
    access: { read: isEditorOrAdmin },
    hooks: { beforeChange: [workOut] },
    admin: { readOnly: true, position: 'sidebar', description: adminText('fields:untranslated:description') },
  }
}

const missing = (written: string[]) => languageCodes.filter((code) => !written.includes(code))
