import Link from 'next/link'

import type { SiteSetting } from '@/payload-types'

/** "From Ukraine to Palestine, Occupation is a crime": the second half is the banner's red words. */
function Banner({ tagline }: { tagline: string }) {
  const comma = tagline.indexOf(', ')
  if (comma < 0) return <>{tagline}</>
  return (
    <>
      {tagline.slice(0, comma + 1)} <strong>{tagline.slice(comma + 2)}</strong>
    </>
  )
}

export function SiteHeader({ settings }: { settings: SiteSetting }) {
  return (
    <header className="masthead">
      <div className="masthead__inner">
        <Link href="/" className="masthead__banner">
          <Banner tagline={settings.tagline} />
        </Link>
        <p className="masthead__name">{settings.siteName}</p>
      </div>
      {settings.navigation && settings.navigation.length > 0 && (
        <nav aria-label="Main" className="site-nav">
          <ul>
            {settings.navigation.map((item) => (
              <li key={item.id ?? item.url}>
                <Link href={item.url}>{item.label}</Link>
              </li>
            ))}
            <li>
              <Link href="/search">Search</Link>
            </li>
          </ul>
        </nav>
      )}
    </header>
  )
}
