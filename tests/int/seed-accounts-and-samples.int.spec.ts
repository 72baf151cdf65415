import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { seedAccounts } from '@/seed/accounts'
import { seedSampleContent } from '@/seed/sample'

import { getTestPayload } from '@/tests/helpers/payload'
import { login } from '@/tests/helpers/rest'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('demo accounts', () => {
  it('creates no account outside demo mode when none is named', async () => {
    const lines: string[] = []
    expect(await seedAccounts(payload, { demoMode: false, vars: {}, log: (line) => lines.push(line) })).toBe(0)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('creates a demo admin with a random password in demo mode, shown once, that really signs in', async () => {
    const lines: string[] = []
    expect(await seedAccounts(payload, { demoMode: true, vars: {}, log: (line) => lines.push(line) })).toBe(1)
    const shown = lines.find((line) => line.startsWith('Demo admin account:'))!
    const [, email, password] = shown.match(/^Demo admin account: (\S+) \/ (\S+) /)!
    expect(password.length).toBeGreaterThanOrEqual(16)
    expect(await login(email, password)).toBeTruthy()
    const again: string[] = []
    expect(await seedAccounts(payload, { demoMode: true, vars: {}, log: (line) => again.push(line) })).toBe(0)
    expect(again.join('\n')).not.toContain(password)
  })
})

describe('sample content', () => {
  it('adds obviously synthetic, published documents and reports progress', async () => {
    const lines: string[] = []
    await seedSampleContent(payload, { articles: 3, demos: 2, meetings: 2, photos: 2 }, (line) => lines.push(line))
    const articles = await payload.find({ collection: 'articles', sort: 'title' })
    expect(articles.docs.map((doc) => doc.title)).toEqual(['Sample article 1', 'Sample article 2', 'Sample article 3'])
    expect(articles.docs.every((doc) => doc._status === 'published')).toBe(true)
    expect((await payload.count({ collection: 'demo-reports' })).totalDocs).toBe(2)
    // One meeting past and one to come, so both lists of /meetings have something to show.
    const meetings = await payload.find({ collection: 'meetings', sort: 'startsAt' })
    expect(meetings.docs.map((doc) => [doc.title, doc._status, new Date(doc.startsAt) > new Date()])).toEqual([
      ['Sample meeting 1', 'published', false],
      ['Sample meeting 2', 'published', true],
    ])
    const photos = await payload.find({ collection: 'media' })
    expect(photos.docs.every((photo) => /^Sample photo \d+/.test(photo.alt))).toBe(true)
    expect(lines).toContain('Sample articles: 3/3')
    expect(lines.at(-1)).toBe('Sample content added: 3 articles, 2 demo reports, 2 meetings, 2 photos.')
  })

  it('numbers a second batch after the first instead of repeating it', async () => {
    await seedSampleContent(payload, { articles: 1, demos: 0, photos: 0 }, () => undefined)
    const { docs } = await payload.find({ collection: 'articles', where: { title: { equals: 'Sample article 4' } } })
    expect(docs).toHaveLength(1)
  })

  it('can give many photo documents links to one uploaded photo, for load tests', async () => {
    const before = (await payload.count({ collection: 'media' })).totalDocs
    await seedSampleContent(payload, { articles: 0, demos: 0, photos: 4, sharedFiles: true }, () => undefined)
    const { docs } = await payload.find({ collection: 'media', sort: '-id', limit: 4 })
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before + 4)
    const inodes = new Set(docs.map((doc) => fs.statSync(path.join(process.env.MEDIA_DIR!, doc.filename!)).ino))
    expect(inodes.size).toBe(1)
    expect(docs.every((doc) => doc.sizes?.thumbnail?.filename && doc.url)).toBe(true)
    expect(new Set(docs.map((doc) => doc.filename)).size).toBe(4)
    // Each described, as a public photo must be: a page shows no image without its alt text.
    expect(docs.map((doc) => doc.alt)).toEqual(docs.map(() => expect.stringMatching(/^Sample photo \d+: coloured shapes/)))
  })
})
