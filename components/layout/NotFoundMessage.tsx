import Link from 'next/link'

import { InAddressLanguage } from '@/components/layout/InAddressLanguage'
import { SearchForm } from '@/components/layout/SearchForm'
import { defaultLanguage, type Language, languages } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { localizedPath } from '@/lib/urls/localizedPath'

function Message({ language }: { language: Language }) {
  const { code, direction } = language
  const t = siteText(code).notFound
  return (
    <div lang={code} dir={direction}>
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      <SearchForm lang={code} />
      <ul>
        <li>
          <Link href={localizedPath(code, '/')}>{t.home}</Link>
        </li>
        <li>
          <Link href={localizedPath(code, '/news')}>{t.news}</Link>
        </li>
        <li>
          <Link href={localizedPath(code, '/demos')}>{t.demonstrations}</Link>
        </li>
      </ul>
    </div>
  )
}

/**
 * The 404 in the language of the address asked for: every language's version is rendered here,
 * and the address picks one (see InAddressLanguage), since a not-found page is given no params.
 */
export function NotFoundMessage() {
  const versions = Object.fromEntries(languages.map((language) => [language.code, <Message key={language.code} language={language} />]))
  return <InAddressLanguage versions={versions} fallback={defaultLanguage.code} />
}
