import { type LanguageCode, languageOf } from '@/i18n/languages'

import { fill, type FillValues } from '@/i18n/fill'

/**
 * A text that changes with a count. English needs `one` and `other`; Ukrainian adds `few` and
 * `many`, Arabic `zero`, `two`, `few` and `many`: each language writes the forms its grammar has,
 * and `other` is the one every language has. In the strings files any object with an `other` key is one.
 */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>

const rules = new Map<string, Intl.PluralRules>()
const numbers = new Map<string, Intl.NumberFormat>()

function cachedPer<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  if (!cache.has(locale)) cache.set(locale, make())
  return cache.get(locale)!
}

/** The form of `forms` the language's grammar takes for `count`, with `{count}` written in the language's digits. */
export function pluralText(lang: LanguageCode, forms: Plural, count: number, values: FillValues = {}): string {
  const locale = languageOf(lang)?.locale ?? 'en'
  const category = cachedPer(rules, locale, () => new Intl.PluralRules(locale)).select(count)
  const written = cachedPer(numbers, locale, () => new Intl.NumberFormat(locale)).format(count)
  return fill(forms[category] ?? forms.other, { ...values, count: written })
}
