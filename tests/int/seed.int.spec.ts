import fs from 'node:fs'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Article } from '@/payload-types'
import { seedDemoContent } from '@/seed'

import { findNextMeeting } from '@/lib/queries/meetings'
import { getTestPayload } from '@/tests/helpers/payload'
import { login } from '@/tests/helpers/rest'

let payload: Payload
const lines: string[] = []

type LexicalNode = { type: string; text?: string; tag?: string; headerState?: number; children?: LexicalNode[]; fields?: Record<string, unknown> }

function textOf(node: LexicalNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'block') return String(node.fields?.text ?? '')
  return (node.children ?? []).map(textOf).join(node.type === 'root' ? '\n' : node.type === 'tablerow' ? '\t' : '')
}

function nodes(article: Article): LexicalNode[] {
  return (article.body?.root.children ?? []) as LexicalNode[]
}

/** Compares words, not typography: the leaflet's quote marks and the Markdown around its email. */
function words(text: string): string {
  return text
    .replace(/\[2022ukrainesolidarity\\\[at\\\]gmail\.com\]\(mailto:[^)]*\)/, '2022ukrainesolidarity[at]gmail.com')
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

beforeAll(async () => {
  payload = await getTestPayload()
  process.env.SEED_ADMIN_EMAIL = 'organiser@example.org'
  process.env.SEED_ADMIN_PASSWORD = 'a very long organiser password'
  process.env.SEED_EDITOR_EMAIL = 'writer@example.org'
  process.env.SEED_EDITOR_PASSWORD = 'a very long writer password'
  await seedDemoContent(payload, { demoMode: false, log: (line) => lines.push(line) })
})

async function leaflet(): Promise<Article> {
  const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: 'why-we-carry-this-banner' } }, depth: 1 })
  expect(docs).toHaveLength(1)
  return docs[0]
}

describe('the demo seed', () => {
  it('publishes the leaflet as the first article, with its byline and topics', async () => {
    const article = await leaflet()
    expect(article.title).toBe('Why we carry this banner')
    expect(article._status).toBe('published')
    expect(article.byline).toBe('Ukraine Information Group')
    expect(article.standfirst!.length).toBeLessThanOrEqual(300)
    const topics = (article.topics ?? []).map((topic) => (typeof topic === 'object' ? topic.name : topic))
    expect(topics.sort()).toEqual(['Palestine', 'Solidarity', 'Ukraine'])
  })

  it('carries every word of the leaflet, in order', async () => {
    const article = await leaflet()
    const original = fs.readFileSync('seed/why-we-carry-this-banner.txt', 'utf8')
    const body = words(nodes(article).map(textOf).join('\n'))
    const paragraphs = original
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.includes('\t'))
      .slice(2) // the occasion line and the title are not part of the body
    let from = 0
    for (const paragraph of paragraphs) {
      for (const sentence of words(paragraph).split(/(?<=[.?!:])\s/)) {
        const at = body.indexOf(sentence, from)
        expect({ sentence, found: at >= 0 }).toEqual({ sentence, found: true })
        from = at
      }
    }
  })

  it('has the two headings as h2', async () => {
    const headings = nodes(await leaflet()).filter((node) => node.type === 'heading')
    expect(headings.map((node) => [node.tag, textOf(node)])).toEqual([
      ['h2', 'How can we respond?'],
      ['h2', 'Join our discussions'],
    ])
  })

  it('quotes Tanya Vyhovsky in a quote block with attribution', async () => {
    const quote = nodes(await leaflet()).find((node) => node.type === 'block')
    expect(quote?.fields?.blockType).toBe('quote')
    expect(quote?.fields?.attribution).toMatch(/^Tanya Vyhovsky/)
    expect(quote?.fields?.text).toMatch(/^We can never forget/)
    expect(quote?.fields?.text).toMatch(/working class solidarity\.$/)
  })

  it('stores the comparison table as a table, headers marked', async () => {
    const table = nodes(await leaflet()).find((node) => node.type === 'table')!
    expect(table).toBeDefined()
    const rows = table.children!
    expect(rows).toHaveLength(7)
    expect(rows.every((row) => row.type === 'tablerow' && row.children!.length === 3)).toBe(true)
    expect(rows[0].children!.map(textOf)).toEqual(['', 'Israel in Palestine', 'Russia in Ukraine'])
    expect(rows.slice(1).map((row) => textOf(row.children![0]))).toEqual([
      'Invasion and occupation?',
      'Settler colonial?',
      'Authoritarian rule?',
      'Bombs civilians as collective punishment?',
      'Genocide?',
      'Relies on outside support?',
    ])
    expect(rows[0].children!.map((cell) => cell.headerState)).toEqual([3, 1, 1])
    expect(rows[1].children!.map((cell) => cell.headerState)).toEqual([2, 0, 0])
    expect(textOf(rows[5].children![1])).toBe('Yes – now recognised by United Nations.')
  })

  it('publishes the London demonstration, linked to the article, with a banner picture', async () => {
    const { docs } = await payload.find({
      collection: 'demo-reports',
      where: { slug: { equals: 'london-ceasefire-in-gaza-2024-06-08' } },
      depth: 1,
    })
    const demo = docs[0]
    expect(demo.title).toBe('London demonstration for ceasefire in Gaza')
    expect(demo._status).toBe('published')
    expect(demo.date.slice(0, 10)).toBe('2024-06-08')
    expect(demo.place).toMatchObject({ city: 'London', country: 'United Kingdom' })
    expect(demo.cause).toBe('Ceasefire in Gaza')
    expect(demo.participation).toMatch(/banner/)
    expect(demo.photos!.length).toBeGreaterThan(0)
    const article = await leaflet()
    expect((article.relatedDemoReports ?? []).map((report) => (typeof report === 'object' ? report.id : report))).toContain(demo.id)
  })

  it('labels every banner picture as an illustration, never as a photograph', async () => {
    const { docs } = await payload.find({ collection: 'media', where: { filename: { like: 'banner-illustration' } } })
    expect(docs.length).toBeGreaterThan(0)
    for (const image of docs) {
      expect(image.credit).toBe('Illustration')
      expect(image.caption).toMatch(/illustration/i)
      expect(image.caption).toMatch(/not a photograph/)
      expect(image.alt).toMatch(/Illustration of the banner/)
      expect(image.width).toBeGreaterThan(0)
    }
  })

  it('fills in the site settings from the leaflet', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings' })
    expect(settings.contactEmail).toBe('2022ukrainesolidarity@gmail.com')
    expect(settings.websiteURL).toBe('https://ukraine-solidarity.org')
    expect(settings.tagline).toBe('From Ukraine to Palestine, Occupation is a crime')
  })

  it('creates the four topics', async () => {
    const { docs } = await payload.find({ collection: 'topics', sort: 'name' })
    expect(docs.map((topic) => topic.name)).toEqual(['Civil liberties', 'Palestine', 'Solidarity', 'Ukraine'])
  })

  it('creates the accounts named in the environment, with their roles', async () => {
    expect(await login('organiser@example.org', 'a very long organiser password')).toBeTruthy()
    expect(await login('writer@example.org', 'a very long writer password')).toBeTruthy()
    const { docs } = await payload.find({ collection: 'users', sort: 'email' })
    expect(docs.map((user) => [user.email, user.role])).toEqual([
      ['organiser@example.org', 'admin'],
      ['writer@example.org', 'editor'],
    ])
  })

  it('changes nothing when run again, and says so', async () => {
    const again: string[] = []
    const counts = async () =>
      Promise.all((['articles', 'demo-reports', 'media', 'topics', 'users'] as const).map((c) => payload.count({ collection: c })))
    const before = await counts()
    const result = await seedDemoContent(payload, { demoMode: false, log: (line) => again.push(line) })
    expect(result.created).toBe(0)
    expect(again).toEqual(['The demo content is already in place: nothing changed.'])
    expect(await counts()).toEqual(before)
  })

  it('leaves meetings to the group, except in the demo, which gets one upcoming example meeting, once', async () => {
    expect((await payload.count({ collection: 'meetings' })).totalDocs).toBe(0)
    const lines: string[] = []
    await seedDemoContent(payload, { demoMode: true, log: (line) => lines.push(line) })
    await seedDemoContent(payload, { demoMode: true, log: () => undefined })
    const { docs } = await payload.find({ collection: 'meetings', depth: 0 })
    expect(docs).toHaveLength(1)
    expect(lines).toContain(`Published the example meeting "${docs[0].title}"`)
    expect(await findNextMeeting(payload, 'en')).toMatchObject({ id: docs[0].id, place: expect.stringContaining('London') })
    // 19:00 in London, a week ahead, for two hours.
    const startsAt = new Date(docs[0].startsAt)
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }).format(startsAt)).toBe('19:00')
    expect(startsAt.getTime() - Date.now()).toBeGreaterThan(6 * 86_400_000)
    expect(Date.parse(docs[0].endsAt) - startsAt.getTime()).toBe(2 * 3_600_000)
  })
})
