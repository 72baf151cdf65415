import { NativeShareButton } from '@/components/share/NativeShareButton'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'
import { canonicalPath } from '@/lib/metadata/pageMetadata'
import { MASTODON_SHARE_PATH, MAX_SHARE_TEXT } from '@/lib/share/mastodonShare'
import { type ShareService, shareLinks, shareText } from '@/lib/share/shareLinks'
import { absoluteURL } from '@/lib/urls/absoluteURL'
import { localizedPath } from '@/lib/urls/localizedPath'

type Props = {
  lang: LanguageCode
  /** The page's address in English, the unprefixed one. */
  path: string
  title: string
  /** The language the page's words are in, when it falls back to English: the English page is the one shared. */
  shownIn?: LanguageCode
}

const SERVICES: ShareService[] = ['email', 'whatsapp', 'telegram', 'bluesky']

/**
 * Ways to pass a page on, under it: plain links to each service's compose page, and for Mastodon,
 * which has no one address, a small form that asks for the visitor's server. No script of any
 * service is loaded and nothing is counted; the browser's own share sheet is offered where it exists.
 */
export function ShareLinks({ lang, path, title, shownIn }: Props) {
  const t = siteText(lang).share
  const page = { url: absoluteURL(canonicalPath(lang, path, shownIn)), title }
  const links = shareLinks(page)
  const serverField = `share-server-${path.replace(/[^a-z0-9]+/gi, '-')}`
  return (
    <section className="share" aria-label={t.label}>
      <div className="share__head">
        <h2 className="share__label">{t.label}</h2>
        <NativeShareButton title={title} url={page.url} label={t.native} />
      </div>
      <ul className="share__links">
        {SERVICES.map((service) => (
          <li key={service}>
            <a href={links[service]} rel="noopener noreferrer" data-share={service}>
              {t[service]}
            </a>
          </li>
        ))}
        <li>
          <details className="share__mastodon">
            <summary>{t.mastodon}</summary>
            <form method="post" action={localizedPath(lang, MASTODON_SHARE_PATH)}>
              <input type="hidden" name="page" value={canonicalPath(lang, path, shownIn)} />
              <input type="hidden" name="text" value={shareText({ ...page, title: page.title.slice(0, MAX_SHARE_TEXT - page.url.length - 1) })} />
              <label htmlFor={serverField}>{t.mastodonServer}</label>
              <input
                id={serverField}
                name="server"
                type="text"
                inputMode="url"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                required
                maxLength={253}
                dir="ltr"
                aria-describedby={`${serverField}-hint`}
              />
              <small id={`${serverField}-hint`}>{t.mastodonHint}</small>
              <button type="submit">{t.mastodonSubmit}</button>
            </form>
          </details>
        </li>
      </ul>
    </section>
  )
}
