'use client'

import { usePathname } from 'next/navigation'

export type LanguageChoice = { code: string; name: string; prefix: string }

/**
 * Links to the page the visitor is on, in each other language. Plain links, rendered with the page:
 * they work without JavaScript. A path arrives as the visitor wrote it (`/uk/news/x`) or as the
 * router named it (`/en/news/x`, when the page was built), so any language's prefix is taken off.
 */
export function LanguageSwitcher({ current, choices, label }: { current: string; choices: LanguageChoice[]; label: string }) {
  const pathname = usePathname() ?? '/'
  const [, first = '', ...rest] = pathname.split('/')
  const path = choices.some((choice) => choice.code === first) ? `/${rest.join('/')}` : pathname
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {choices.map((choice) => (
          <li key={choice.code}>
            <a
              href={`${choice.prefix}${path === '/' && choice.prefix ? '' : path}`}
              hrefLang={choice.code}
              lang={choice.code}
              aria-current={choice.code === current ? 'true' : undefined}
            >
              {choice.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
