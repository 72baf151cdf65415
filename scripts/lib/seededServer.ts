import type { Payload } from 'payload'

import { seedDemoContent } from '@/seed'

import type { Page } from 'playwright-core'

import { type RunningServer, startServer } from '@/scripts/lib/productionServer'
import { payloadOf } from '@/scripts/lib/serverPayload'

export const ADMIN = { email: 'organiser@example.org', password: 'a long organiser password' }

/**
 * A production server carrying the demo content (the leaflet, the London demonstration), seeded
 * through the Local API as `npm run seed` does, then asked to rebuild its cached pages.
 */
export async function startSeededServer(
  addMore?: (payload: Payload) => Promise<unknown>,
  extraEnv: Record<string, string> = {},
): Promise<{ server: RunningServer; payload: Payload; token: string }> {
  const server = await startServer(extraEnv)
  const payload = await payloadOf(server)
  process.env.SEED_ADMIN_EMAIL = ADMIN.email
  process.env.SEED_ADMIN_PASSWORD = ADMIN.password
  await seedDemoContent(payload, { demoMode: false, log: () => undefined })
  await addMore?.(payload)
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  const signedIn = await login.json()
  if (!login.ok) throw new Error(`could not sign in to the seeded site: ${login.status} ${JSON.stringify(signedIn)}`)
  const { token } = signedIn
  const refresh = await fetch(`${server.url}/next/revalidate`, { method: 'POST', headers: { Authorization: `JWT ${token}` } })
  if (!refresh.ok) throw new Error(`could not refresh the seeded site: ${refresh.status} ${await refresh.text()}`)
  return { server, payload, token }
}

/** Signs in to the admin in the browser as the seeded organiser, and waits for the dashboard. */
export async function signInToAdmin(page: Page, server: RunningServer): Promise<void> {
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', ADMIN.email)
  await page.fill('input[name="password"]', ADMIN.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
}
