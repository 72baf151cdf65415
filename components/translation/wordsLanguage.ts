import { type LanguageCode, languageOf } from '@/i18n/languages'

/**
 * The attributes of an element whose words are in another language than the page (an untranslated
 * document shown in English): screen readers then read them in the right voice, and the text runs
 * in its own direction inside a right-to-left page. Nothing when they are the page's own language.
 */
export function wordsLanguage(shownIn: LanguageCode, pageLang: LanguageCode): { lang?: LanguageCode; dir?: 'ltr' | 'rtl' } {
  if (shownIn === pageLang) return {}
  return { lang: shownIn, dir: languageOf(shownIn)?.direction }
}
