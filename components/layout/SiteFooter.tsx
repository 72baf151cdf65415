import Link from 'next/link'

import type { SiteSetting } from '@/payload-types'

export function SiteFooter({ settings }: { settings: SiteSetting }) {
  return (
    <footer className="site-footer">
      {settings.footerText && <p>{settings.footerText}</p>}
      <ul className="site-footer__links">
        <li>
          <a href="/feed.xml">RSS feed</a>
        </li>
        <li>
          <Link href="/about">About</Link>
        </li>
        <li>
          <Link href="/join">Join us</Link>
        </li>
        {settings.websiteURL && (
          <li>
            <a href={settings.websiteURL} rel="noopener">
              {settings.websiteURL.replace(/^https?:\/\//, '').replace(/\/$/, '')}
            </a>
          </li>
        )}
      </ul>
    </footer>
  )
}
