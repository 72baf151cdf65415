import { beforeAll, describe, expect, it } from '@jest/globals'

import { launchBrowser } from '@/tests/helpers/browser'
import { seededSite } from '@/tests/helpers/seededSite'
import { ADMIN, signInToAdmin } from '@/scripts/lib/seededServer'

// Behind one reverse proxy, as in most deployments: the visitor is the last X-Forwarded-For entry.
const site = seededSite({ env: { TRUST_PROXY: '1' } })
let photoPath: string

const PAGES = [
  '/',
  '/news',
  '/news?page=1',
  '/news/why-we-carry-this-banner',
  '/demos/london-ceasefire-in-gaza-2024-06-08',
  '/photos',
  '/photos?year=2024',
  '/search?q=occupation',
  '/topics',
  '/topics/palestine',
  '/about',
  '/no-such-page',
  '/admin/login',
]
const NOT_PAGES = ['/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/robots.txt', '/api/articles', '/og/default']

beforeAll(async () => {
  const { docs } = await site.payload.find({ collection: 'media', where: { visibility: { equals: 'public' } }, limit: 1 })
  photoPath = `/photos/${docs[0].id}`
  PAGES.push(photoPath)
})

function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  )
}

describe('response headers', () => {
  it('puts the protective headers on every page and every other response', async () => {
    for (const path of [...PAGES, ...NOT_PAGES]) {
      const response = await fetch(`${site.server.url}${path}`, { redirect: 'manual' })
      const headers = Object.fromEntries(response.headers)
      expect({ path, nosniff: headers['x-content-type-options'] }).toEqual({ path, nosniff: 'nosniff' })
      expect({ path, referrer: headers['referrer-policy'] }).toEqual({ path, referrer: 'strict-origin-when-cross-origin' })
      expect({ path, frames: headers['x-frame-options'] }).toEqual({ path, frames: 'DENY' })
      expect(headers['permissions-policy']).toMatch(/camera=\(\)/)
      expect(headers['permissions-policy']).toMatch(/microphone=\(\)/)
      expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/)
      expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8}/)
      expect(directives(headers['content-security-policy']).get('frame-ancestors')).toEqual(["'none'"])
      expect(headers['x-powered-by']).toBeUndefined()
    }
  })

  it("lets a page run only the site's own scripts and the inline scripts it was served with", async () => {
    for (const path of PAGES) {
      const response = await fetch(`${site.server.url}${path}`)
      const html = await response.text()
      const scriptSrc = directives(response.headers.get('content-security-policy')).get('script-src') ?? []
      expect({ path, self: scriptSrc[0] }).toEqual({ path, self: "'self'" })
      expect(scriptSrc.slice(1).every((source) => /^'sha256-[A-Za-z0-9+/]+={0,2}'$/.test(source))).toBe(true)
      const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>/g)].length
      expect({ path, hashes: scriptSrc.length - 1 > 0 }).toEqual({ path, hashes: inlineScripts > 0 })
    }
  })

  it('forbids running anything in a feed, the API or an image', async () => {
    for (const path of NOT_PAGES) {
      const policy = (await fetch(`${site.server.url}${path}`)).headers.get('content-security-policy')
      expect({ path, policy }).toEqual({ path, policy: "default-src 'none'; frame-ancestors 'none'" })
    }
  })
})

describe('in the browser, under that policy', () => {
  it('runs every page, the lightbox and the admin with no violation, and blocks an injected script', async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      const violations: string[] = []
      await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { reportViolation(text: string): void }).reportViolation(
            `${event.violatedDirective} ${event.blockedURI} on ${location.pathname}`,
          ),
        )
      })
      for (const path of PAGES) {
        await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' })
      }
      expect(violations).toEqual([])

      // The site's own scripts ran: the lightbox opens over the archive.
      await page.goto(`${site.server.url}/photos`, { waitUntil: 'networkidle' })
      await page.locator('a[href^="/photos/"] img').first().click()
      await page.getByRole('dialog').waitFor()

      const injected = await page.evaluate(() => {
        const script = document.createElement('script')
        script.textContent = 'window.injected = true'
        document.body.append(script)
        return (window as unknown as { injected?: boolean }).injected === true
      })
      expect(injected).toBe(false)
      for (let waited = 0; violations.length === 0 && waited < 2000; waited += 100) await page.waitForTimeout(100)
      expect(violations.some((violation) => violation.startsWith('script-src'))).toBe(true)

      violations.length = 0
      await signInToAdmin(page, site.server)
      await page.goto(`${site.server.url}/admin/collections/articles`, { waitUntil: 'networkidle' })
      await page.getByText('Why we carry this banner').first().click()
      await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
      await page.locator('[contenteditable="true"] table').waitFor()
      expect(violations).toEqual([])
    } finally {
      await browser.close()
    }
  })
})

describe('sign-in', () => {
  it('sets a Secure, HTTP-only, SameSite session cookie', async () => {
    const response = await fetch(`${site.server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/; Secure/i)
    expect(cookie).toMatch(/; HttpOnly/i)
    expect(cookie).toMatch(/; SameSite=Lax/i)
  })

  it('slows down guessing from one address: 429 with Retry-After after 10 attempts in 10 minutes', async () => {
    // The first entry is whatever the client claims, and changes at every attempt: it must not help.
    const attempt = (password: string) =>
      fetch(`${site.server.url}/api/users/login`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Forwarded-For': `203.0.113.${Math.floor(Math.random() * 250)}, 198.51.100.7`,
        },
        body: JSON.stringify({ email: `nobody-${password}@example.org`, password }),
      })
    const statuses: number[] = []
    for (let n = 0; n < 10; n++) statuses.push((await attempt(`guess number ${n}`)).status)
    expect(statuses).toEqual(Array(10).fill(401))
    const refused = await attempt('one more guess')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(500)
    expect((await refused.json()).errors[0].message).toMatch(/^Too many sign-in attempts from your network\. Try again in \d+ minutes\.$/)
    // The right password from that address waits too; other visitors are not affected.
    expect((await attempt(ADMIN.password)).status).toBe(429)
    const elsewhere = await fetch(`${site.server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.8' },
      body: JSON.stringify(ADMIN),
    })
    expect(elsewhere.status).toBe(200)
  })

  it('limits password reset requests and sign-ups from one address', async () => {
    const statuses: number[] = []
    for (let n = 0; n < 6; n++) {
      const response = await fetch(`${site.server.url}/api/users/forgot-password`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.20' },
        body: JSON.stringify({ email: ADMIN.email }),
      })
      statuses.push(response.status)
    }
    expect(statuses.slice(0, 5).every((status) => status < 429)).toBe(true)
    expect(statuses[5]).toBe(429)
    const signUps: number[] = []
    for (let n = 0; n < 21; n++) {
      const response = await fetch(`${site.server.url}/api/users`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.21' },
        body: JSON.stringify({ name: 'Spam', email: `spam${n}@example.org`, password: 'a long spam password' }),
      })
      signUps.push(response.status)
    }
    expect(signUps.slice(0, 20).every((status) => status === 403)).toBe(true)
    expect(signUps[20]).toBe(429)
  })
})

describe('errors', () => {
  it('tells an anonymous client what went wrong, without stack traces, paths or database messages', async () => {
    const requests: Array<[string, RequestInit?]> = [
      ['/api/articles?where[publishedAt][near]=1,2,3'],
      ['/api/articles?where[title][in][0][$gt]=1'],
      ['/api/articles/999999999'],
      ['/api/media/file/..%2F..%2Fetc%2Fpasswd'],
      ['/api/graphql', { method: 'POST', body: '{"query":"{ __schema { types { name } } }"}' }],
      ['/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"title": ' }],
      ['/api/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[1,2' }],
    ]
    for (const [path, init] of requests) {
      const response = await fetch(`${site.server.url}${path}`, init)
      const body = await response.text()
      expect({ path, status: response.status >= 400 && response.status < 500 }).toEqual({ path, status: true })
      expect({ path, body }).not.toEqual({ path, body: expect.stringMatching(/unknown error|Something went wrong/) })
      expect({ path, body }).not.toEqual({ path, body: expect.stringMatching(/\bat \S+ \(|node_modules|\/app\/|\.tsx?:\d|SQLITE|sqlite|drizzle|stack/) })
    }
  })
})
