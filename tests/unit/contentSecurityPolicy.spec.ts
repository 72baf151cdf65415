import { createHash } from 'node:crypto'
import fs from 'node:fs'
import type { IncomingMessage } from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { pagePolicy } from '@/server/contentSecurityPolicy'
import { createDraftModeCheck } from '@/server/draftModeRequest'
import { inlineScriptHashes } from '@/server/inlineScriptHashes'
import { createPolicyForPage } from '@/server/policyForPage'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('inline script hashes', () => {
  it('hashes the exact text of each inline script, once', () => {
    const bootstrap = 'self.__next_f.push([1,"\\u003cb\\u003e"])'
    const html = `<html><head><script src="/_next/static/app.js" async=""></script><script>${bootstrap}</script></head>
      <body><script id="_R_">${bootstrap}</script><script >(self.x=1)</script></body></html>`
    expect(inlineScriptHashes(html)).toEqual([sha256(bootstrap), sha256('(self.x=1)')])
  })

  it('leaves out data blocks, which browsers do not run', () => {
    const html = '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script type="module">go()</script>'
    expect(inlineScriptHashes(html)).toEqual([sha256('go()')])
  })
})

describe('page policy', () => {
  it("allows the site's own scripts and the listed hashes only", () => {
    const policy = pagePolicy({ scriptHashes: ["'sha256-abc='"], upgradeInsecureRequests: false })
    const directives = policy.split('; ')
    expect(directives).toContain("script-src 'self' 'sha256-abc='")
    expect(directives).toContain("default-src 'self'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toContain('upgrade-insecure-requests')
    expect(pagePolicy({ scriptHashes: [], upgradeInsecureRequests: true })).toContain('upgrade-insecure-requests')
  })
})

describe('policy per page', () => {
  it('works the hashes out once per version of a cached page', () => {
    const policyForPage = createPolicyForPage({ upgradeInsecureRequests: false })
    const first = policyForPage(Buffer.from('<script>a()</script>'), '"v1"')
    expect(first).toContain(sha256('a()'))
    // Same ETag, same page: the remembered policy.
    expect(policyForPage(Buffer.from('<script>a()</script>'), '"v1"')).toBe(first)
    expect(policyForPage(Buffer.from('<script>b()</script>'), '"v2"')).toContain(sha256('b()'))
    expect(policyForPage(Buffer.from('<script>c()</script>'), undefined)).toContain(sha256('c()'))
  })
})

describe('framing', () => {
  it("lets the site's own admin frame a draft for its live preview, and nobody frame anything else", () => {
    const policyForPage = createPolicyForPage({ upgradeInsecureRequests: false })
    const page = Buffer.from('<script>a()</script>')
    expect(policyForPage(page, '"v1"')).toContain("frame-ancestors 'none'")
    expect(policyForPage(page, '"v1"', true)).toContain("frame-ancestors 'self'")
    // The same page seen outside the preview again: its own remembered policy, not the preview's.
    expect(policyForPage(page, '"v1"')).toContain("frame-ancestors 'none'")
  })

  it('counts as draft mode only the cookie holding this build’s secret', () => {
    const build = fs.mkdtempSync(path.join(os.tmpdir(), 'draft-mode-'))
    fs.writeFileSync(path.join(build, 'prerender-manifest.json'), JSON.stringify({ preview: { previewModeId: 'a1b2c3d4e5f6' } }))
    const isDraftMode = createDraftModeCheck(build)
    const withCookie = (cookie?: string) => ({ headers: cookie === undefined ? {} : { cookie } }) as IncomingMessage
    expect(isDraftMode(withCookie('theme=dark; __prerender_bypass=a1b2c3d4e5f6'))).toBe(true)
    expect(isDraftMode(withCookie('__prerender_bypass=a1b2c3d4e5f7'))).toBe(false)
    expect(isDraftMode(withCookie('__prerender_bypass=a1b2c3'))).toBe(false)
    expect(isDraftMode(withCookie('x__prerender_bypass=a1b2c3d4e5f6'))).toBe(false)
    expect(isDraftMode(withCookie())).toBe(false)
    fs.rmSync(build, { recursive: true })
  })
})
