'use client'

import { useSyncExternalStore } from 'react'

/** Never changes while the page is open, so there is nothing to subscribe to. */
const subscribe = () => () => {}

/**
 * The browser's own share sheet, where the browser has one: it needs `navigator.share`, which only
 * exists in the browser, so this one button is a client leaf. The server renders nothing, and so
 * does a browser without it; the share links beside it work everywhere.
 */
export function NativeShareButton({ title, url, label }: { title: string; url: string; label: string }) {
  const supported = useSyncExternalStore(
    subscribe,
    () => typeof navigator.share === 'function',
    () => false,
  )
  if (!supported) return null
  const share = () =>
    navigator.share({ title, url }).catch((error: Error) => {
      // Closing the sheet is the visitor's choice, not a failure.
      if (error.name !== 'AbortError') console.warn(error.message)
    })
  return (
    <button type="button" className="share__native" onClick={share}>
      {label}
    </button>
  )
}
