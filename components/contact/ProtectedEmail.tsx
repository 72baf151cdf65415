'use client'

import { useSyncExternalStore } from 'react'

const noSubscription = () => () => undefined

/**
 * Address-harvesting robots read HTML, so the address never appears in it: the server sends it
 * reversed and base64-encoded with a readable "[at]" form for people without JavaScript, and the
 * browser turns it into a working mailto link.
 */
export function ProtectedEmail({ encoded, readable }: { encoded: string; readable: string }) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false)
  if (!inBrowser) return <span>{readable}</span>
  const address = atob(encoded).split('').reverse().join('')
  return <a href={`mailto:${address}`}>{address}</a>
}
