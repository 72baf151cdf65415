'use client'
import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/**
 * In the admin's live preview, renders the draft again each time the editor's changes are saved
 * (autosave included). It listens to the admin's messages, so it needs the browser; the admin is
 * on this page's own origin, the only one allowed to frame it.
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  const adminOrigin = typeof window === 'undefined' ? '' : window.location.origin
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={adminOrigin} />
}
