import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { expireChange } from '@/lib/cache/expire'
import { payloadClient } from '@/lib/startup/payloadClient'

/**
 * `POST /next/revalidate`: rebuilds every public page on its next visit, on every instance. For
 * content that reached the database without passing through a server (a restored backup, a seed run
 * beside it, a roll-out whose pages were built from another database).
 */
export async function POST(request: Request) {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!isEditorOrAdmin({ req: { user } as never })) {
    return Response.json({ error: 'Sign in as an editor to refresh the site.' }, { status: 403 })
  }
  await expireChange({ kind: 'everything' }, payload)
  return Response.json({ revalidated: true })
}
