import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { anyText, marker } from '@/tests/e2e/bad-input/hostile'
import { feedItems } from '@/tests/e2e/bad-input/markup'
import { asAdmin } from '@/tests/e2e/bad-input/planted'
import { snapshot } from '@/tests/e2e/bad-input/snapshot'
import { attack, expectRefused, json, runs, suite } from '@/tests/e2e/bad-input/suite'

/** Bodies a visitor might send to any write endpoint. */
const hostileBody = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => json(value)),
  fc.constantFrom('{', 'null', '[]', '"text"', '1e999', '{"__proto__":{"role":"admin"}}', '{"constructor":{"prototype":{"role":"admin"}}}').map((body) => ({ body, headers: { 'Content-Type': 'application/json' } })),
  anyText(200).map((body) => ({ body, headers: { 'Content-Type': 'text/plain' } })),
  anyText(200).map((body) => ({ body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })),
  anyText(200).map((body) => ({ body, headers: { 'Content-Type': 'multipart/form-data; boundary=x' } })),
  fc.constantFrom('multipart/form-data', 'multipart/mixed; boundary=').map((type) => ({ body: 'garbage', headers: { 'Content-Type': type } })),
  fc.constant({ body: '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{bad\r\n--x--\r\n', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } }),
)

/** Field values of every wrong type, for the admin to send where text, dates, ids and rich text belong. */
const wrongValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  anyText(300),
  fc.constantFrom('x'.repeat(100_000), '../../etc/passwd', '2024-13-45', '99999-01-01', 'javascript:alert(1)', { root: 5 }, { root: { children: 'x' } }, JSON.parse('[{"__proto__":{"role":"admin"}}]')),
)

const WRITABLE = ['articles', 'demo-reports', 'meetings', 'media', 'topics', 'users', 'join-requests', 'removal-requests', 'globals/site-settings']

export function describeRestWrites() {
  describe.each(WRITABLE)('REST writes from visitors to %s', (collection) => {
    it('are refused, whatever the body, and write nothing', async () => {
      const before = await snapshot(suite.target)
      const writes = collection.startsWith('globals/')
        ? fc.constantFrom({ method: 'POST', path: '' }, { method: 'PATCH', path: '' })
        : fc.constantFrom(
            { method: 'POST', path: '' },
            { method: 'PATCH', path: '/1' },
            { method: 'PATCH', path: '?where[id][exists]=true' },
            { method: 'DELETE', path: '/1' },
            { method: 'DELETE', path: '?where[id][exists]=true' },
            { method: 'POST', path: '/1/duplicate' },
          )
      // Creating accounts is rate-limited per address: a handful of tries says as much as many.
      const numRuns = collection === 'users' ? 4 : 40
      await fc.assert(
        fc.asyncProperty(writes, hostileBody, async (write, body) => {
          expectRefused(await attack('REST writes', { ...write, path: `/api/${collection}${write.path}`, ...body }))
        }),
        runs(numRuns),
      )
      expect(await snapshot(suite.target)).toEqual(before)
    }, 120_000)

    it('are refused when oversized or deeply nested, and write nothing', async () => {
      const before = await snapshot(suite.target)
      const path = `/api/${collection}`
      const big = JSON.stringify({ title: 'x'.repeat(10 * 1024 * 1024) })
      const deep = `{"title":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
      const multipart = `--x\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n${'x'.repeat(10 * 1024 * 1024)}\r\n--x--\r\n`
      expectRefused(await attack('REST writes', { method: 'POST', path, body: big, headers: { 'Content-Type': 'application/json' } }, { allowCutOff: true }))
      expectRefused(await attack('REST writes', { method: 'POST', path, body: deep, headers: { 'Content-Type': 'application/json' } }, { allowCutOff: true }))
      expectRefused(await attack('REST writes', { method: 'POST', path, body: multipart, headers: { 'Content-Type': 'multipart/form-data; boundary=x' } }, { allowCutOff: true }))
      expect(await snapshot(suite.target)).toEqual(before)
    }, 120_000)
  })

  describe('REST writes from the admin', () => {
    it('either refuse wrong types in every field, writing nothing, or store them', async () => {
      const fields = {
        topics: ['name', 'slug', 'description'],
        articles: ['title', 'slug', 'standfirst', 'body', 'heroImage', 'topics', 'relatedDemoReports', 'publishedAt', 'byline', '_status', 'meta'],
        'demo-reports': ['title', 'date', 'startTime', 'place', 'organisers', 'links', 'photos', 'body', 'cause'],
      }
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('topics', 'articles', 'demo-reports') as fc.Arbitrary<keyof typeof fields>, fc.nat(), wrongValue, async (collection, pick, value) => {
          const field = fields[collection][pick % fields[collection].length]
          const base = { title: `Admin write ${marker('w')}`, name: `Admin write ${marker('w')}`, date: '2024-01-01T00:00:00.000Z', _status: 'draft' }
          const before = await snapshot(suite.target)
          const answer = await attack('REST admin writes', { method: 'POST', path: `/api/${collection}`, token: suite.target.adminToken, ...json({ ...base, [field]: value }) })
          if (answer.status < 300) suite.created.push({ collection, id: JSON.parse(answer.text).doc.id })
          else {
            expectRefused(answer)
            expect(await snapshot(suite.target)).toEqual(before)
          }
        }),
        runs(60),
      )
    }, 240_000)

    it('either refuse a rich-text body of any shape or show it, on the article page and in the feed', async () => {
      // Mostly well-formed nodes with hostile details, sometimes a wrong shape: most bodies get stored and shown.
      const mostly = <T, U>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<U>) => fc.oneof({ weight: 5, arbitrary: usual }, { weight: 1, arbitrary: odd })
      const { node } = fc.letrec<{ node: Record<string, unknown> }>((tie) => ({
        node: fc.record(
          {
            type: mostly(fc.constantFrom('paragraph', 'text', 'heading', 'quote', 'list', 'listitem', 'link', 'upload', 'block', 'table', 'tablerow', 'tablecell', 'horizontalrule'), anyText(10)),
            text: mostly(anyText(), fc.jsonValue({ maxDepth: 1 })),
            tag: fc.constantFrom('h2', 'h3', 'ol', 'ul', 'script', 'iframe', 5),
            format: mostly(fc.integer({ min: 0, max: 255 }), fc.oneof(anyText(5), fc.integer())),
            fields: mostly(
              fc.record({ blockType: fc.constant('quote'), text: mostly(anyText(), fc.jsonValue({ maxDepth: 1 })), attribution: mostly(anyText(), fc.jsonValue({ maxDepth: 1 })) }),
              fc.jsonValue({ maxDepth: 2 }),
            ),
            relationTo: fc.constantFrom('media', 'articles', 'users'),
            value: fc.oneof(fc.constant(suite.planted.photo.id), fc.constant(suite.planted.privatePhoto.id), fc.jsonValue({ maxDepth: 1 })),
            children: mostly(fc.oneof({ depthSize: 'small' }, fc.constant(undefined), fc.array(tie('node'), { maxLength: 3 })), fc.jsonValue({ maxDepth: 1 })),
          },
          { requiredKeys: ['type'] },
        ),
      }))
      await fc.assert(
        fc.asyncProperty(fc.array(node, { minLength: 1, maxLength: 3 }), async (children) => {
          const body = { root: { type: 'root', version: 1, children } }
          const answer = await attack('REST admin writes', { method: 'POST', path: '/api/articles', token: suite.target.adminToken, ...json({ title: `Body ${marker('b')}`, _status: 'published', body }) })
          if (answer.status >= 300) return expectRefused(answer)
          const { doc } = JSON.parse(answer.text)
          suite.created.push({ collection: 'articles', id: doc.id })
          expect((await attack('REST admin writes', { path: `/news/${doc.slug}` })).status).toBe(200)
          feedItems((await attack('REST admin writes', { path: '/feed.xml' })).text)
          await asAdmin(suite.target, 'DELETE', `/articles/${doc.id}`)
        }),
        runs(80),
      )
    }, 180_000)

    it.each(['POST /api/topics', 'POST /api/articles', 'PATCH /api/topics/{topic}', 'POST /api/globals/site-settings'])(
      '%s refuses a body that is not a JSON object, and writes nothing',
      async (write) => {
        const [method, route] = write.split(' ')
        const path = route.replace('{topic}', String(suite.planted.topic.id))
        const before = await snapshot(suite.target)
        for (const body of ['null', '[]', '"text"', '42', '{']) {
          expectRefused(await attack('REST admin writes', { method, path, token: suite.target.adminToken, body, headers: { 'Content-Type': 'application/json' } }))
        }
        for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'multipart/form-data', 'application/xml']) {
          expectRefused(await attack('REST admin writes', { method, path, token: suite.target.adminToken, body: 'name=x&title=y', headers: { 'Content-Type': type } }))
        }
        expect(await snapshot(suite.target)).toEqual(before)
      },
    )
  })
}
