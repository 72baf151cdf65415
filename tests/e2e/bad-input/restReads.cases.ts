import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { anyText, encodePart, numberLike, pathSegment } from '@/tests/e2e/bad-input/hostile'
import { attack, runs, suite } from '@/tests/e2e/bad-input/suite'

/** Where-clauses in every shape Payload might choke on: qs brackets, wrong types, unknown operators, prototype keys. */
const whereKey = fc.oneof(
  fc.constantFrom('title', 'slug', 'id', '_status', 'publishedAt', 'topics', 'topics.name', 'heroImage.filename', 'body', 'standfirst', 'visibility', 'filename', 'email', 'hash', 'salt', 'password', 'resetPasswordToken', 'and', 'or', '__proto__', 'constructor', 'prototype', 'version.title'),
  anyText(10).map(encodePart),
)
const whereOperator = fc.oneof(
  fc.constantFrom('equals', 'not_equals', 'like', 'contains', 'in', 'not_in', 'all', 'exists', 'greater_than', 'less_than_equal', 'near', 'within', 'intersects', '__proto__', 'constructor', '0', ''),
  anyText(8).map(encodePart),
)
const whereValue = fc.oneof(numberLike.map(encodePart), anyText().map(encodePart), fc.constantFrom('true', 'null', '%00', '[]', '{}', "'%20OR%201=1--", '%22', '%5C'))
const qsWhere = fc
  .array(
    fc.tuple(fc.array(fc.oneof(whereKey, fc.constantFrom('0', '1', '')), { minLength: 1, maxLength: 6 }), whereOperator, whereValue),
    { minLength: 1, maxLength: 4 },
  )
  .map((clauses) => clauses.map(([keys, operator, value]) => `where${keys.map((key) => `[${key}]`).join('')}[${operator}]=${value}`).join('&'))

const jsonWhere = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.oneof(whereKey, fc.constantFrom('and', 'or')), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 3 }),
)

function nestedWhere(levels: number): string {
  return `${'{"and":['.repeat(levels)}{"title":{"equals":"x"}}${']}'.repeat(levels)}`
}

/** Each is its own test, so a collection that fails does not hide what the others do. */
const READABLE = ['articles', 'demo-reports', 'meetings', 'media', 'topics', 'users', 'join-requests', 'removal-requests', 'payload-preferences', 'payload-jobs', 'payload-locked-documents']

/** Languages as a client might name them: known, unknown, `all`, `*`, empty, malformed, repeated, nested. */
const localeValue = fc.oneof(
  fc.constantFrom('en', 'uk', 'ar', 'all', '*', 'none', 'false', 'null', '', 'EN', 'en-GB', 'uk,ar', '__proto__', 'constructor', 'toString', '%00', '..', 'x'.repeat(300)),
  anyText(12).map(encodePart),
)
const localeQuery = fc
  .tuple(fc.constantFrom('locale', 'fallback-locale', 'fallbackLocale', 'locale[]', 'locale[en]', 'fallback-locale[0]'), localeValue, fc.option(fc.tuple(fc.constantFrom('locale', 'fallback-locale'), localeValue)))
  .map(([name, value, second]) => `${name}=${value}${second ? `&${second[0]}=${second[1]}` : ''}`)

export function describeRestReads() {
  describe('REST reads in any language', () => {
    it('answer any locale and fallback-locale with data or a client error, and never show an unpublished translation', async () => {
      const { edited: article } = suite.planted
      const paths = ['/api/articles', `/api/articles/${article.id}`, '/api/demo-reports', '/api/topics', '/api/media', '/api/globals/site-settings', `/api/articles?where[slug][equals]=${article.slug}`, '/api/articles?draft=true']
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...paths), localeQuery, async (path, query) => {
          await attack('REST locales', { path: `${path}${path.includes('?') ? '&' : '?'}${query}` })
        }),
        runs(150),
      )
    }, 120_000)
  })


  describe.each(READABLE)('REST reads of %s', (collection) => {
    it('answer any where-clause in query-string form with data or a client error', async () => {
      await fc.assert(
        fc.asyncProperty(qsWhere, fc.boolean(), async (where, asAdminUser) => {
          await attack('REST where', { path: `/api/${collection}?${where}`, token: asAdminUser ? suite.target.adminToken : undefined })
        }),
        runs(40),
      )
    }, 120_000)

    it('answer any where-clause or data sent as JSON with data or a client error', async () => {
      const texts = ['abc', '{', 'null', '[null]', '{"and":[null]}', '{"and":5}', '{"title":{"equals":{"a":1}}}', '{"title":{"in":[{}]}}', '{"__proto__":{"x":1}}']
      const jsonText = fc.oneof(jsonWhere.map((where) => JSON.stringify(where)), fc.constantFrom(...texts))
      await fc.assert(
        fc.asyncProperty(jsonText, fc.constantFrom('', '/count', '/versions'), fc.constantFrom('where', 'data'), async (text, route, name) => {
          await attack('REST where', { path: `/api/${collection}${route}?${name}=${encodePart(text)}` })
        }),
        runs(40),
      )
    }, 120_000)

    it('answer where-clauses nested 1,000 and 100,000 levels deep, and 1 MB long', async () => {
      const asQuery = { 'X-HTTP-Method-Override': 'GET', 'Content-Type': 'application/x-www-form-urlencoded' }
      await attack('REST where', { path: `/api/${collection}?where${'[and][0]'.repeat(1000)}[title][equals]=x` }, { allowCutOff: true })
      for (const levels of [1000, 100_000]) {
        await attack('REST where', { method: 'POST', path: `/api/${collection}`, headers: asQuery, body: `where=${encodeURIComponent(nestedWhere(levels))}` })
      }
      await attack('REST where', { method: 'POST', path: `/api/${collection}`, headers: asQuery, body: `where[title][like]=${'a'.repeat(1024 * 1024)}` })
    })

    it('answer garbage limit, page, depth, sort, select, populate, draft and locale', async () => {
      const param = fc.constantFrom('limit', 'page', 'depth', 'sort', 'select', 'populate', 'draft', 'locale', 'fallbackLocale', 'trash', 'pagination', 'joins', 'autosave')
      const shape = fc.constantFrom('{}', '{}[]', '{}[a]', '{}[__proto__][x]', '{}[title]', '{}[media][alt]')
      const value = fc.oneof(numberLike.map(encodePart), whereValue, fc.constantFrom('1e309', '-1e309', '1.5', '9999999999999999999999'))
      await fc.assert(
        fc.asyncProperty(param, shape, value, fc.boolean(), async (name, form, garbage, asAdminUser) => {
          await attack('REST parameters', { path: `/api/${collection}?${form.replace('{}', name)}=${garbage}`, token: asAdminUser ? suite.target.adminToken : undefined })
        }),
        runs(40),
      )
    }, 120_000)

    it('answer any document id, on the document, its versions and its endpoints', async () => {
      const routes = ['/api/{c}/{}', '/api/{c}/versions/{}', '/api/{c}/{}?draft=true', '/api/{c}/{}/blur', '/api/{c}/{}/faces-reviewed']
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...routes), fc.oneof(pathSegment, numberLike.map(encodePart)), async (route, id) => {
          await attack('REST ids', { path: route.replace('{c}', collection).replace('{}', id) })
        }),
        runs(25),
      )
    }, 120_000)
  })

  describe('REST requests read before any collection sees them', () => {
    it('answer names every JavaScript object has, where a collection or global belongs, with a 404', async () => {
      for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
        for (const route of ['/api/{}', '/api/{}/1', '/api/{}/count', '/api/globals/{}']) {
          expect((await attack('REST ids', { path: route.replace('{}', name) })).status).toBe(404)
        }
      }
    })

    it('show the admin pages for such names to a signed-in admin without a server error', async () => {
      for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
        for (const route of ['/admin/collections/{}', '/admin/collections/{}/1', '/admin/globals/{}']) {
          await attack('REST ids', { path: route.replace('{}', name), token: suite.target.adminToken })
        }
      }
    })

    it('answer a query sent as an unreadable JSON body with a client error', async () => {
      const headers = { 'X-HTTP-Method-Override': 'GET', 'Content-Type': 'application/json' }
      for (const body of ['{', '{"where":', '\u0000']) await attack('REST where', { method: 'POST', path: '/api/articles', headers, body })
    })
  })

  describe('one person’s join requests, by address', () => {
    it('answer any address, several or none with the download or a client error, and visitors with a refusal', async () => {
      const address = fc.oneof(fc.emailAddress(), anyText(), fc.constantFrom('', ' ', '@', 'a@b', 'A@EXAMPLE.ORG', 'x'.repeat(5000))).map(encodePart)
      await fc.assert(
        fc.asyncProperty(fc.array(address, { maxLength: 3 }), fc.constantFrom('GET', 'DELETE'), async (addresses, method) => {
          const path = `/api/join-requests/by-email${addresses.length ? `?${addresses.map((email) => `email=${email}`).join('&')}` : ''}`
          expect((await attack('join requests by address', { method, path })).status).toBe(401)
          const admin = await attack('join requests by address', { path, token: suite.target.adminToken })
          expect({ path, status: admin.status }).toEqual({ path, status: addresses.length === 1 ? expect.any(Number) : 400 })
          expect(admin.status).toBeLessThan(500)
        }),
        runs(60),
      )
    })
  })

  describe('REST reads of the site settings', () => {
    it('answer garbage parameters and version ids', async () => {
      const parameter = fc.tuple(fc.constantFrom('where', 'data', 'depth', 'select', 'populate', 'draft', 'locale'), fc.oneof(numberLike.map(encodePart), whereValue, fc.constantFrom('abc', '{', '1e309')))
      await fc.assert(
        fc.asyncProperty(parameter, pathSegment, async ([name, value], id) => {
          await attack('REST parameters', { path: `/api/globals/site-settings?${name}=${value}` })
          await attack('REST ids', { path: `/api/globals/site-settings/versions/${id}`, token: suite.target.adminToken })
        }),
        runs(40),
      )
    }, 120_000)
  })
}
