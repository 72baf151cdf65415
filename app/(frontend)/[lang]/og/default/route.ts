import { pageLanguage } from '@/i18n/pageLanguage'
import { renderCard } from '@/lib/og/card'
import { getSiteSettings } from '@/lib/queries'

/** Built once per language, then served from the cache until the site settings' tag expires or the timer runs out. */
export const dynamic = 'force-static'
/** REVALIDATE_SECONDS, written out: Next reads segment config from the source and refuses an imported name. */
export const revalidate = 3600

export { languageParams as generateStaticParams } from '@/i18n/pageLanguage'

/**
 * The link-preview card of every page that has no picture of its own: the site's name and its
 * slogan in the page's language, lettered by sharp, which shapes Arabic and sets it right to left.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const language = await pageLanguage(params)
  const settings = await getSiteSettings(language.code)
  const png = await renderCard({ heading: settings.siteName, subheading: settings.tagline, direction: language.direction })
  return new Response(new Uint8Array(png), {
    headers: {
      'Content-Type': 'image/png',
      // The card changes with the site settings: a visitor's copy is checked each time.
      'Cache-Control': 'public, max-age=0, must-revalidate',
    },
  })
}
