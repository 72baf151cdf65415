import { draftMode } from 'next/headers'

/** Tells an editor in draft mode that they are looking at unpublished words, and how to leave. */
export async function PreviewBanner() {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  return (
    <div className="preview-banner" role="status">
      You are previewing drafts. <a href="/next/exit-preview">Leave preview</a>
    </div>
  )
}
