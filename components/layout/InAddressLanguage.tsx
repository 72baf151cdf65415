'use client'

import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'

/**
 * Shows the version for the language the address is in. Next gives a not-found page no params,
 * but the address is known while the server renders it, so the right words arrive in the HTML,
 * JavaScript or not. An address with no language prefix is the default language's (`fallback`);
 * one the router rewrote (`/en/…`) names its language too.
 */
export function InAddressLanguage({ versions, fallback }: { versions: Record<string, ReactNode>; fallback: string }) {
  const first = (usePathname() ?? '/').split('/')[1] ?? ''
  return <>{Object.hasOwn(versions, first) ? versions[first] : versions[fallback]}</>
}
