import { draftMode } from 'next/headers'

import { LivePreviewRefresh } from '@/components/layout/LivePreviewRefresh'
import type { LanguageCode } from '@/i18n/languages'
import { siteText } from '@/i18n/siteText'

/**
 * Tells an editor in draft mode that they are looking at unpublished words, and how to leave; in
 * the admin's live preview, it also follows the editor's saves.
 */
export async function PreviewBanner({ lang }: { lang: LanguageCode }) {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const t = siteText(lang).preview
  return (
    <div className="preview-banner" role="status">
      {t.drafts}{' '}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a route handler that ends draft mode and redirects: it needs a full request, not a client navigation */}
      <a href="/next/exit-preview">{t.leave}</a>
      <LivePreviewRefresh />
    </div>
  )
}
