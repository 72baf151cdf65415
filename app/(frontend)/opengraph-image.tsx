import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { ImageResponse } from 'next/og'

import { getSiteSettings } from '@/lib/queries'

/**
 * The link-preview card of every page that has no picture of its own. Next serves this file at
 * /opengraph-image-4usi79 (the suffix hashes the `(frontend)` route group) and links it from each
 * page's metadata by itself; pages that name the card explicitly use the stable /og/default.
 */
export const alt = 'The name of the site and its slogan, in black on white under a red stripe'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'
/** REVALIDATE_SECONDS, written out: Next reads segment config from the source and refuses an imported name. */
export const revalidate = 3600

export default async function Image() {
  const [settings, bold, regular] = await Promise.all([
    getSiteSettings(),
    // DejaVu ships with the app (the seed letters the banner with it): no font is fetched, and Cyrillic names render.
    // Literal paths, so Next's file tracing copies exactly these two files into a deployment.
    readFile(path.join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
    readFile(path.join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  ])
  const longName = settings.siteName.length > 30
  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: '#fbfaf7', color: '#1b1b1f' }}>
        <div style={{ display: 'flex', height: 28, background: '#a3161b' }} />
        <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, padding: '0 80px', gap: 32 }}>
          {/* Clamped, so a long name or slogan is cut with an ellipsis instead of running off the card. */}
          <div style={{ display: 'block', fontFamily: 'DejaVu Sans', fontWeight: 700, fontSize: longName ? 64 : 96, lineHeight: 1.1, lineClamp: 3 }}>
            {settings.siteName}
          </div>
          <div style={{ display: 'block', fontFamily: 'DejaVu Sans', fontSize: 44, lineHeight: 1.3, color: '#55565e', lineClamp: 3 }}>
            {settings.tagline}
          </div>
        </div>
      </div>
    ),
    {
      ...size,
      fonts: [
        { name: 'DejaVu Sans', data: bold, weight: 700, style: 'normal' },
        { name: 'DejaVu Sans', data: regular, weight: 400, style: 'normal' },
      ],
      // ImageResponse marks its output immutable for a year; this card changes with the site settings.
      headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' },
    },
  )
}
