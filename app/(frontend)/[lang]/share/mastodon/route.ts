import { fill } from '@/i18n/fill'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { MAX_SHARE_TEXT, mastodonHost, mastodonShareURL } from '@/lib/share/mastodonShare'
import { plainPage } from '@/lib/share/plainPage'
import { siteText } from '@/i18n/siteText'
import { localizedPath } from '@/lib/urls/localizedPath'
import { sitePath } from '@/lib/urls/safeRedirect'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/** The form holds a server name and a title with its address: anything much bigger is not from it. */
const MAX_BODY_BYTES = 4096

/**
 * Whether the form was sent from one of our own pages. Only then does the answer lead anywhere:
 * a link elsewhere cannot use this address to send people to a host of its choosing.
 */
function fromOurPage(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site')
  if (site) return site === 'same-origin'
  const origin = request.headers.get('origin')
  return origin !== null && URL.canParse(origin) && new URL(origin).host === request.headers.get('host')
}

/**
 * The Mastodon share form's answer (see components/share/ShareLinks.tsx). Each visitor has their own
 * server, so no fixed link can reach it: the visitor names it, and this sends them on to that
 * server's `/share` page with the text filled in, once the name is a plain host name.
 */
export async function POST(request: Request, { params }: { params: Promise<LanguageParams> }) {
  const language = await pageLanguage(params)
  const t = siteText(language.code).share
  const refuse = (status: number, text: string, page: string | null = null) =>
    plainPage({ language, title: t.mastodon, text, link: { href: page ?? localizedPath(language.code, '/'), text: t.back }, status })

  if (!fromOurPage(request)) return refuse(403, t.refused)
  const length = Number(request.headers.get('content-length') ?? NaN)
  if (!(length <= MAX_BODY_BYTES)) return refuse(413, t.badServer)
  const form = await request.formData().catch(() => null)
  const page = form?.get('page')
  const back = typeof page === 'string' ? sitePath(page) : null
  const server = form?.get('server')
  const text = form?.get('text')
  const host = typeof server === 'string' ? mastodonHost(server) : null
  if (!host || typeof text !== 'string' || text.length > MAX_SHARE_TEXT) return refuse(400, t.badServer, back)
  const target = mastodonShareURL(host, text)
  return plainPage({
    language,
    title: fill(t.continueTitle, { server: host }),
    text: fill(t.continueText, { server: host }),
    link: { href: target, text: fill(t.continueLink, { server: host }) },
    refreshTo: target,
  })
}
