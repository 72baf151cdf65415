import { afterAll, beforeAll } from '@jest/globals'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'

import type { RunningServer } from '@/scripts/lib/productionServer'
import { startSeededServer } from '@/scripts/lib/seededServer'
import { launchBrowser } from '@/tests/helpers/browser'

export type SeededSite = { server: RunningServer; payload: Payload; token: string }

type Options = {
  /** Launches Chromium beside the server, for specs that drive pages. */
  browser?: boolean
  /** Runs on the server's Payload after the demo content, before the cached pages are rebuilt. */
  addMore?: (payload: Payload) => Promise<unknown>
  /** Extra environment for the server process; a function is read when the server starts, after the spec's own earlier `beforeAll`s. */
  env?: Record<string, string> | (() => Record<string, string>)
}

/**
 * One seeded production server (and a browser when asked) for the spec file that calls this at its
 * top level. The fields are filled by a `beforeAll`, so read them inside hooks and tests, never at
 * load time. Not named `use…`: it is no React hook, and lint would treat it as one.
 */
export function seededSite(options: Options & { browser: true }): SeededSite & { browser: Browser }
export function seededSite(options?: Options): SeededSite
export function seededSite(options: Options = {}): SeededSite & { browser?: Browser } {
  const site = {} as SeededSite & { browser?: Browser }
  beforeAll(async () => {
    const env = typeof options.env === 'function' ? options.env() : options.env
    Object.assign(site, await startSeededServer(options.addMore, env))
    if (options.browser) site.browser = await launchBrowser()
  })
  afterAll(async () => {
    await site.browser?.close()
    await site.payload?.destroy()
    await site.server?.stop()
  })
  return site
}
