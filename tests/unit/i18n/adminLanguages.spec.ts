import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Field, SanitizedConfig } from 'payload'

import { languages } from '@/i18n/languages'
import { en } from '@/i18n/strings/en'

/** A count's forms (see i18n/plural.ts): one entry, whose forms differ from language to language. */
const isPlural = (node: unknown): node is Record<string, unknown> => typeof node === 'object' && node !== null && 'other' in node

/** Every leaf of a strings file as `path → text`, so two files compare key by key; a plural is one leaf. */
function leaves(node: unknown, path = ''): Map<string, unknown> {
  if (typeof node !== 'object' || node === null || isPlural(node)) return new Map([[path, node]])
  return new Map(Object.entries(node).flatMap(([key, child]) => [...leaves(child, path ? `${path}:${key}` : key)]))
}

const isText = (text: unknown) => typeof text === 'string' && text.trim() !== ''

const englishLeaves = leaves(en)

describe('the strings files', () => {
  it.each(languages.map(({ code, strings }) => [code, strings]))('%s has exactly the English keys, admin and site, each a non-empty text', (_code, strings) => {
    const theirs = leaves(strings)
    expect([...theirs.keys()].sort()).toEqual([...englishLeaves.keys()].sort())
    expect([...theirs.keys()].some((key) => key.startsWith('site:'))).toBe(true)
    const blank = [...theirs].filter(([, text]) => (isPlural(text) ? !Object.values(text).every(isText) : !isText(text))).map(([key]) => key)
    expect(blank).toEqual([])
  })

  it.each(languages.map(({ code, locale, strings }) => ({ code, locale, strings })))(
    '$code writes every plural in exactly the forms its grammar has',
    ({ locale, strings }) => {
      const forms = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort()
      const plurals = [...leaves(strings)].filter(([, text]) => isPlural(text))
      expect(plurals.length).toBeGreaterThan(0)
      const wrong = plurals.filter(([, text]) => JSON.stringify(Object.keys(text as object).sort()) !== JSON.stringify(forms)).map(([key]) => key)
      expect(wrong).toEqual([])
    },
  )

  it.each(languages.map(({ code, strings }) => [code, strings]))('%s uses the same {placeholders} as English in every text', (_code, strings) => {
    const placeholders = (text: unknown) => {
      const texts = isPlural(text) ? Object.values(text) : [text]
      return [...new Set(texts.flatMap((one) => String(one).match(/\{\w+\}/g) ?? []))].filter((name) => name !== '{count}').sort()
    }
    const theirs = leaves(strings)
    const differing = [...englishLeaves].filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(theirs.get(key)))).map(([key]) => key)
    expect(differing).toEqual([])
  })

  it('the languages table starts with English, the default and fallback, and knows each direction', () => {
    expect(languages[0].code).toBe('en')
    expect(Object.fromEntries(languages.map(({ code, direction }) => [code, direction]))).toEqual({ en: 'ltr', uk: 'ltr', ar: 'rtl' })
  })
})

type Found = { where: string; text: unknown }

/**
 * A label the admin shows is either Payload's own (a function of its `t`) or one of ours, which must
 * arrive as a record with a text in every language. A bare string is English hard-coded, or a label
 * Payload made from the field's name because we wrote none: both stay English in Arabic.
 */
function isTranslated(text: unknown): boolean {
  if (typeof text === 'function' || text === false || text === undefined) return true
  if (typeof text !== 'object' || text === null) return false
  return languages.every(({ code }) => typeof (text as Record<string, unknown>)[code] === 'string')
}

function labelsOfFields(fields: Field[], where: string): Found[] {
  return fields.flatMap((field) => {
    const here = `${where}.${'name' in field ? field.name : field.type}`
    if (field.admin && 'hidden' in field.admin && field.admin.hidden) return []
    const own: Found[] = [
      ...('label' in field ? [{ where: `${here} label`, text: field.label }] : []),
      ...(field.admin && 'description' in field.admin ? [{ where: `${here} description`, text: field.admin.description }] : []),
      ...('labels' in field && field.labels ? [{ where: `${here} labels`, text: field.labels.singular }, { where: `${here} labels`, text: field.labels.plural }] : []),
      ...('options' in field
        ? field.options.map((option) => ({ where: `${here} option`, text: typeof option === 'string' ? option : option.label }))
        : []),
    ]
    const nested = 'fields' in field ? labelsOfFields(field.fields, here) : []
    const tabs = field.type === 'tabs' ? field.tabs.flatMap((tab) => labelsOfFields(tab.fields, here)) : []
    return [...own, ...nested, ...tabs]
  })
}

describe('the admin labels and descriptions', () => {
  let config: SanitizedConfig

  beforeAll(async () => {
    // The config reads the environment when imported; a throw-away secret keeps it from writing one to data/.
    process.env.PAYLOAD_SECRET ??= 'unit-test-secret-not-used-for-anything'
    process.env.DATABASE_URL ??= 'file::memory:'
    config = await (await import('@payload-config')).default
  })

  it('come from the strings files in every language, for every collection, global and field an editor sees', () => {
    const entities = [
      ...config.collections.filter((collection) => !collection.admin?.hidden).map((collection) => ({
        where: collection.slug,
        texts: [collection.labels.singular, collection.labels.plural, collection.admin.group, collection.admin.description],
        fields: collection.fields,
      })),
      ...config.globals.filter((global) => !global.admin?.hidden).map((global) => ({
        where: global.slug,
        texts: [global.label, global.admin.group, global.admin.description],
        fields: global.fields,
      })),
    ]
    const found = entities.flatMap(({ where, texts, fields }) => [
      ...texts.map((text) => ({ where, text })),
      ...labelsOfFields(fields, where),
    ])
    expect(found.filter(({ text }) => !isTranslated(text))).toEqual([])
  })
})
