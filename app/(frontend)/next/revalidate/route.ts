import { revalidatePath } from 'next/cache'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { noteContentChanged } from '@/lib/contentChanges'
import { payloadClient } from '@/lib/payload'

/**
 * `POST /next/revalidate`: rebuilds every public page on its next visit. For content that reached the
 * database without passing through this server (a restored backup, a seed run beside it).
 */
export async function POST(request: Request) {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!isEditorOrAdmin({ req: { user } as never })) {
    return Response.json({ error: 'Sign in as an editor to refresh the site.' }, { status: 403 })
  }
  noteContentChanged()
  revalidatePath('/', 'layout')
  return Response.json({ revalidated: true })
}
