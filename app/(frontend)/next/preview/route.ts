import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { payloadClient } from '@/lib/startup/payloadClient'
import { sitePath } from '@/lib/urls/safeRedirect'

/**
 * The admin's "Preview" button lands here: an editor signed in to the admin gets Next's draft mode
 * (a signed cookie) and is sent to the page, which then shows the newest draft. Visitors get a 403.
 */
export async function GET(request: Request) {
  const path = sitePath(new URL(request.url).searchParams.get('path'))
  if (!path) return new Response('Preview needs a path on this site, such as /news/my-article.', { status: 400 })
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!isEditorOrAdmin({ req: { user } as never })) {
    return new Response('Sign in to the admin as an editor to preview drafts.', { status: 403 })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
