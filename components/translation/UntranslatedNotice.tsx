import Link from 'next/link'

import { defaultLanguage, type LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'

/**
 * Says, in the page's language, that what follows is the English original because there is no
 * translation yet, and links to the English page, where the same words are at home.
 */
export function UntranslatedNotice({ lang, text, path }: { lang: LanguageCode; text: string; path: string }) {
  return (
    <p className="notice" role="note">
      {text}{' '}
      <Link href={path} hrefLang={defaultLanguage.code}>
        {siteText(lang).translation.englishPage}
      </Link>
    </p>
  )
}
