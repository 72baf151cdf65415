import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { sitePath } from '@/lib/urls/safeRedirect'

export async function GET(request: Request) {
  ;(await draftMode()).disable()
  redirect(sitePath(new URL(request.url).searchParams.get('path')) ?? '/')
}
