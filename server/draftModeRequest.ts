import { timingSafeEqual } from 'node:crypto'
import fs from 'node:fs'
import type { IncomingMessage } from 'node:http'
import path from 'node:path'

/** The cookie Next's draft mode sets (app/(frontend)/next/preview/route.ts turns it on for editors). */
const DRAFT_MODE_COOKIE = '__prerender_bypass'

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of header?.split(';') ?? []) {
    const [key, ...value] = pair.trim().split('=')
    if (key === name) return value.join('=')
  }
  return undefined
}

/**
 * Whether a request is in draft mode: its cookie holds the secret this build gave it, which Next
 * writes into the build's prerender manifest. A made-up cookie is not draft mode, so it never lifts
 * a protection that only draft pages may drop (the admin's live preview frames them).
 */
export function createDraftModeCheck(buildDir: string): (req: IncomingMessage) => boolean {
  const manifest = JSON.parse(fs.readFileSync(path.join(buildDir, 'prerender-manifest.json'), 'utf8')) as { preview: { previewModeId: string } }
  const secret = Buffer.from(manifest.preview.previewModeId)
  return (req) => {
    const given = Buffer.from(cookieValue(req.headers.cookie, DRAFT_MODE_COOKIE) ?? '')
    return given.length === secret.length && timingSafeEqual(given, secret)
  }
}
