import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from '@jest/globals'

import { DATABASE_UNAVAILABLE_MESSAGE } from '@/hooks/explainErrors'

import { launchBrowser } from '@/tests/helpers/browser'
import { signInToAdmin, startSeededServer } from '@/scripts/lib/seededServer'
import type { RunningServer } from '@/scripts/lib/productionServer'

const running: RunningServer[] = []

afterAll(async () => {
  for (const server of running) await server.stop()
})

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('a database that stops answering', () => {
  it('keeps serving published pages, says 503, shows editors why, and recovers by itself', async () => {
    const { server, payload: serverPayload, token } = await startSeededServer()
    running.push(server)
    await serverPayload.destroy()
    const pages = ['/', '/news', '/news/why-we-carry-this-banner', '/photos']
    for (const page of pages) expect((await fetch(`${server.url}${page}`)).status).toBe(200)
    const [article] = (await (await fetch(`${server.url}/api/articles?limit=1`)).json()).docs

    const browser = await launchBrowser()
    const locker = createClient({ url: server.env.DATABASE_URL! })
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      await signInToAdmin(page, server)
      await page.goto(`${server.url}/admin/collections/articles/${article.id}`)
      const title = page.locator('input[name="title"]')
      await title.waitFor()

      // Another process holds the database's write lock: nothing can be written.
      const lock = await locker.transaction('write')
      try {
        const health = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(5000) })
        expect(health.status).toBe(503)
        for (const path of pages) {
          const response = await fetch(`${server.url}${path}`, { signal: AbortSignal.timeout(2000) })
          expect({ path, status: response.status }).toEqual({ path, status: 200 })
        }
        expect(await (await fetch(`${server.url}/news/why-we-carry-this-banner`)).text()).toContain('Why we carry this banner')

        const save = await fetch(`${server.url}/api/articles/${article.id}`, {
          method: 'PATCH',
          headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ title: 'Saved while locked' }),
          signal: AbortSignal.timeout(15_000),
        })
        expect(save.status).toBe(503)
        expect((await save.json()).errors[0].message).toBe(DATABASE_UNAVAILABLE_MESSAGE)

        await title.fill('Edited while the database is away')
        await page.keyboard.press('Control+s')
        await page.getByText(/The database is not answering/).first().waitFor({ timeout: 20_000 })
      } finally {
        await lock.rollback()
      }

      let healthy = false
      for (let tries = 0; tries < 40 && !healthy; tries++) {
        healthy = (await fetch(`${server.url}/api/health`)).ok
        if (!healthy) await wait(250)
      }
      expect(healthy).toBe(true)
      const stored = await (await fetch(`${server.url}/api/articles/${article.id}`)).json()
      expect(stored.title).toBe(article.title)
      const retry = await fetch(`${server.url}/api/articles/${article.id}`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: article.title, standfirst: 'Saved once the database was back.' }),
      })
      expect(retry.status).toBe(200)
    } finally {
      locker.close()
      await browser.close()
    }
  })
})
