import { type LanguageCode, languages } from '@/i18n/languages'

/**
 * The name of language `code` in each admin language, `{ en: 'Arabic', uk: 'Арабська', ar: 'العربية' }`,
 * as Payload takes a label: from the runtime's own language names (ICU), so adding a language
 * needs no new text in every other language's strings file.
 */
export function languageNames(code: LanguageCode): Record<LanguageCode, string> {
  return Object.fromEntries(
    languages.map(({ code: reader, locale }) => {
      const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code
      // Shown on its own, as a list's value, so it starts a sentence.
      return [reader, name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)]
    }),
  ) as Record<LanguageCode, string>
}
