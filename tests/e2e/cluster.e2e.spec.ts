import { isDeepStrictEqual } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { load } from '@/scripts/bench/load'
import { freePortRun } from '@/scripts/cluster/ports'
import { type Cluster, startCluster } from '@/scripts/cluster/startCluster'
import { payloadOf } from '@/scripts/lib/serverPayload'
import { noisyPhoto } from '@/tests/helpers/images'
import { hiddenFormFields, multipartForm } from '@/tests/helpers/pageForm'

/** The promise is 1 s from a change to every instance showing it; the margin is for two busy cores, not for slack. */
const VISIBLE_WITHIN_MS = 1500
const ADMIN = { email: 'cluster-organiser@example.org', password: 'a long cluster organiser password' }
/** Gets a request past nginx's cache and the instances' own page caches without signing anyone in. */
const UNCACHED = { Cookie: 'cluster-test=1' }
/** An outside Redis (REDIS_URL, as on CI with services) is not the test's to stop. */
const itWithOwnRedis = process.env.REDIS_URL ? it.skip : it

let cluster: Cluster
let token: string
let A: string
let B: string

beforeAll(async () => {
  cluster = await startCluster({ build: false, port: await freePortRun(3), env: { SEED_ADMIN_EMAIL: ADMIN.email, SEED_ADMIN_PASSWORD: ADMIN.password } })
  A = cluster.urls.instanceA
  B = cluster.urls.instanceB
  const login = await fetch(`${A}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) })
  token = (await login.json()).token
}, 300_000)

afterAll(async () => {
  await cluster?.stop()
})

function api(origin: string, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  headers.set('Authorization', `JWT ${token}`)
  if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
  return fetch(`${origin}/api${path}`, { ...init, headers })
}

async function createDraft(title: string): Promise<{ id: number; slug: string }> {
  const created = await api(A, '/articles', { method: 'POST', body: JSON.stringify({ title }) })
  expect(created.status).toBe(201)
  return (await created.json()).doc
}

async function setStatus(origin: string, id: number, status: 'published' | 'draft') {
  const response = await api(origin, `/articles/${id}`, { method: 'PATCH', body: JSON.stringify({ _status: status }) })
  expect(response.status).toBe(200)
}

/** A photo uploaded through instance A's API, as an editor would. */
async function uploadOnA(name: string, data: { alt: string; visibility: 'review' | 'public' }) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await noisyPhoto(800, 600))], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify({ ...data, licence: 'all-rights-reserved' }))
  const uploaded = await api(A, '/media', { method: 'POST', body: form })
  expect(uploaded.status).toBe(201)
  return (await uploaded.json()).doc
}

/** Milliseconds until `holds()` is true, polled as fast as the pages answer; Infinity once it gives up. */
async function msUntil(holds: () => Promise<boolean>, giveUpAfterMs = 10_000): Promise<number> {
  const started = Date.now()
  while (!(await holds())) {
    if (Date.now() - started > giveUpAfterMs) return Infinity
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return Date.now() - started
}

const text = async (url: string, init?: RequestInit) => {
  const response = await fetch(url, init)
  return { status: response.status, body: await response.text() }
}

/** What a visitor of `origin` sees of an article, on every page that lists or links to it. */
async function shownOn(origin: string, article: { slug: string }, title: string) {
  const [page, news, home, feed, sitemap] = await Promise.all(
    // The sitemap is an index of parts; the first articles' part holds them all at this size.
    [`/news/${article.slug}`, '/news', '/', '/feed.xml', '/sitemaps/articles-1.xml'].map((path) => text(`${origin}${path}`)),
  )
  return {
    page: page.status === 200 && page.body.includes(title),
    news: news.body.includes(title),
    home: home.body.includes(title),
    feed: feed.body.includes(title),
    sitemap: sitemap.body.includes(`/news/${article.slug}<`),
  }
}

const everywhere = { page: true, news: true, home: true, feed: true, sitemap: true }
const nowhere = { page: false, news: false, home: false, feed: false, sitemap: false }

describe('two instances behind nginx', () => {
  it('shows an article published on instance A on every page of instance B within 1 s', async () => {
    const title = `Published on A ${Date.now()}`
    const article = await createDraft(title)
    // Twice: B's pages are then in its caches, and only an expiry sent across can refresh them.
    for (let i = 0; i < 2; i++) expect(await shownOn(B, article, title)).toEqual(nowhere)

    await setStatus(A, article.id, 'published')
    const ms = await msUntil(async () => JSON.stringify(await shownOn(B, article, title)) === JSON.stringify(everywhere))
    expect(await shownOn(B, article, title)).toEqual(everywhere)
    expect(ms).toBeLessThanOrEqual(VISIBLE_WITHIN_MS)
  })

  it('removes an article unpublished on instance A from every page of instance B within 1 s', async () => {
    const title = `Unpublished on A ${Date.now()}`
    const article = await createDraft(title)
    await setStatus(A, article.id, 'published')
    await msUntil(async () => JSON.stringify(await shownOn(B, article, title)) === JSON.stringify(everywhere))
    for (let i = 0; i < 2; i++) expect(await shownOn(B, article, title)).toEqual(everywhere)

    await setStatus(A, article.id, 'draft')
    const ms = await msUntil(async () => JSON.stringify(await shownOn(B, article, title)) === JSON.stringify(nowhere))
    expect(await shownOn(B, article, title)).toEqual(nowhere)
    expect(ms).toBeLessThanOrEqual(VISIBLE_WITHIN_MS)
  })

  it('shows a photo uploaded on A to editors on B, to visitors only once public, and only blurred once blurred', async () => {
    const photo = await uploadOnA('cluster-faces.jpg', { alt: 'Faces not yet blurred', visibility: 'review' })
    const file = (name: string) => `${B}/api/media/file/${name}`

    const forEditor = await fetch(file(photo.filename), { headers: { Authorization: `JWT ${token}` } })
    expect(forEditor.status).toBe(200)
    const original = Buffer.from(await forEditor.arrayBuffer())
    expect((await fetch(file(photo.filename))).status).not.toBe(200)

    const madePublic = await api(A, `/media/${photo.id}`, { method: 'PATCH', body: JSON.stringify({ visibility: 'public' }) })
    expect(madePublic.status).toBe(200)
    const ms = await msUntil(async () => (await fetch(file(photo.filename))).status === 200)
    expect(ms).toBeLessThanOrEqual(VISIBLE_WITHIN_MS)

    const blurred = await api(A, `/media/${photo.id}/blur`, { method: 'POST', body: JSON.stringify({ regions: [{ x: 0.25, y: 0.25, width: 0.5, height: 0.5 }] }) })
    expect(blurred.status).toBe(200)
    const { doc } = await blurred.json()
    expect(doc.filename).not.toBe(photo.filename)
    const after = await fetch(file(doc.filename))
    expect(after.status).toBe(200)
    expect(Buffer.from(await after.arrayBuffer()).equals(original)).toBe(false)
    const old = await fetch(file(photo.filename))
    const oldBytes = Buffer.from(await old.arrayBuffer())
    // No photo names the old file any more: refused like any file a visitor may not see.
    expect({ refused: [403, 404].includes(old.status), original: oldBytes.equals(original) }).toEqual({ refused: true, original: false })
  })

  it('refuses the 11th sign-in attempt from one address in 10 minutes, whichever instance each reached', async () => {
    const attempt = (origin: string, n: number) =>
      fetch(`${origin}/api/users/login`, {
        method: 'POST',
        // Each instance sits behind one proxy (TRUST_PROXY=1): the visitor is the last entry.
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.77' },
        body: JSON.stringify({ email: ADMIN.email, password: `wrong guess ${n}` }),
      })
    const statuses: number[] = []
    for (let n = 0; n < 10; n++) statuses.push((await attempt(n % 2 === 0 ? A : B, n)).status)
    expect(statuses).toEqual(Array(10).fill(401))
    const refused = await attempt(B, 10)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('purges nginx’s copy of the pages a publish changes, so visitors of the proxy see it within 1 s', async () => {
    const title = `Through the proxy ${Date.now()}`
    const article = await createDraft(title)
    const proxy = cluster.urls.proxy
    for (const path of ['/news', '/', '/feed.xml']) {
      await fetch(`${proxy}${path}`)
      const cached = await fetch(`${proxy}${path}`)
      expect({ path, cache: cached.headers.get('x-cache-status') }).toEqual({ path, cache: 'HIT' })
    }

    await setStatus(A, article.id, 'published')
    const ms = await msUntil(async () => {
      const pages = await Promise.all(['/news', '/', '/feed.xml'].map((path) => text(`${proxy}${path}`)))
      return pages.every((page) => page.body.includes(title))
    })
    expect(ms).toBeLessThanOrEqual(VISIBLE_WITHIN_MS)
  })

  it('purges every page nginx keeps when a change shows on all of them, such as the footer', async () => {
    const proxy = cluster.urls.proxy
    const pages = ['/news/why-we-carry-this-banner', '/demos/london-ceasefire-in-gaza-2024-06-08', '/about']
    for (const path of pages) {
      await fetch(`${proxy}${path}`)
      const cached = await fetch(`${proxy}${path}`)
      expect({ path, cache: cached.headers.get('x-cache-status') }).toEqual({ path, cache: 'HIT' })
    }

    const footerText = `Footer changed on A ${Date.now()}`
    const changed = await api(A, '/globals/site-settings', { method: 'POST', body: JSON.stringify({ footerText }) })
    expect(changed.status).toBe(200)
    const ms = await msUntil(async () => (await Promise.all(pages.map((path) => text(`${proxy}${path}`)))).every((page) => page.body.includes(footerText)))
    expect(ms).toBeLessThanOrEqual(VISIBLE_WITHIN_MS)
  })

  it('takes a photo down from nginx’s copies within 1 s when someone in it asks through the proxy', async () => {
    const photo = await uploadOnA('cluster-takedown.jpg', { alt: 'Marchers who may ask', visibility: 'public' })
    const proxy = cluster.urls.proxy
    const page = `/photos/${photo.id}`
    const shown = async () => {
      const [archive, own, file] = await Promise.all([text(`${proxy}/photos`), text(`${proxy}${page}`), fetch(`${proxy}/api/media/file/${photo.filename}`)])
      return { archive: archive.body.includes(`href="${page}"`), page: own.status, file: file.ok }
    }
    expect(await msUntil(async () => (await shown()).archive)).toBeLessThanOrEqual(VISIBLE_WITHIN_MS)
    for (const path of ['/photos', page, `/api/media/file/${photo.filename}`]) {
      await fetch(`${proxy}${path}`)
      const cached = await fetch(`${proxy}${path}`)
      expect({ path, cache: cached.headers.get('x-cache-status') }).toEqual({ path, cache: 'HIT' })
    }

    const removal = await text(`${proxy}${page}/remove`)
    const fields = hiddenFormFields(removal.body)
    const { body, headers } = await multipartForm([...fields, ['wish', 'remove'], ['note', 'I am at the front.']], proxy)
    const asked = await fetch(`${proxy}${page}/remove`, { method: 'POST', body: new Uint8Array(body), headers, redirect: 'manual' })
    expect(asked.status).toBe(303)
    const gone = { archive: false, page: 410, file: false }
    const ms = await msUntil(async () => isDeepStrictEqual(await shown(), gone))
    expect(await shown()).toEqual(gone)
    expect(ms).toBeLessThanOrEqual(VISIBLE_WITHIN_MS)
  })

  it('runs each of 20 publications scheduled for the same second exactly once', async () => {
    const payload: Payload = await payloadOf(cluster.instances.A)
    try {
      const { docs: admins } = await payload.find({ collection: 'users', where: { email: { equals: ADMIN.email } }, limit: 1 })
      const articles = await Promise.all(Array.from({ length: 20 }, (_, n) => createDraft(`Scheduled ${n} ${Date.now()}`)))
      const ids = articles.map((article) => article.id)
      const due = new Date(Math.ceil((Date.now() + 3000) / 1000) * 1000)
      for (const id of ids) {
        await payload.jobs.queue({
          task: 'schedulePublish',
          waitUntil: due,
          input: { type: 'publish', doc: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: admins[0].id } },
        })
      }

      const published = () => payload.count({ collection: 'articles', where: { id: { in: ids }, _status: { equals: 'published' } } })
      // Due in 3 s; the queue runs every 5 s, 10 jobs a pass, so 20 take two passes.
      const jobsOf = () => payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, limit: 100 })
      // A job is deleted once complete, just after its publication: wait for both.
      await msUntil(async () => (await published()).totalDocs === ids.length && (await jobsOf()).totalDocs === 0, 30_000)
      // Any job left says why a publication did not happen.
      const { docs: jobsLeft } = await jobsOf()
      const stuck = jobsLeft.map((job) => ({ processing: job.processing, hasError: job.hasError, error: job.error, log: job.log?.map((entry) => entry.error ?? entry.state) }))
      expect({ published: (await published()).totalDocs, stuck }).toEqual({ published: ids.length, stuck: [] })
      // Long enough for every runner's next pass (the queue runs every 5 s): a second run would show by then.
      await new Promise((resolve) => setTimeout(resolve, 6000))

      const { docs: versions } = await payload.findVersions({
        collection: 'articles',
        where: { parent: { in: ids }, 'version._status': { equals: 'published' } },
        limit: 1000,
        pagination: false,
      })
      const publicationsPerArticle = Object.fromEntries(ids.map((id) => [id, versions.filter((version) => version.parent === id).length]))
      expect(publicationsPerArticle).toEqual(Object.fromEntries(ids.map((id) => [id, 1])))
    } finally {
      await payload.destroy()
    }
  }, 90_000)

  itWithOwnRedis('serves every page through nginx while Redis is down, and shares publications again once it is back', async () => {
    await cluster.stopRedis()
    const statuses: number[] = []
    const paths = ['/', '/news', '/news/why-we-carry-this-banner', '/photos', '/about']
    const until = Date.now() + 4000
    try {
      while (Date.now() < until) {
        const responses = await Promise.all(paths.flatMap((path) => [fetch(`${cluster.urls.proxy}${path}`), fetch(`${cluster.urls.proxy}${path}`, { headers: UNCACHED })]))
        statuses.push(...responses.map((response) => response.status))
      }
    } finally {
      await cluster.startRedis()
    }
    expect(statuses.filter((status) => status >= 500)).toEqual([])

    // The instances reconnect with a backoff; the 1 s promise runs from a publish made after that.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const title = `After Redis came back ${Date.now()}`
    const article = await createDraft(title)
    for (let i = 0; i < 2; i++) await shownOn(B, article, title)
    await setStatus(A, article.id, 'published')
    const ms = await msUntil(async () => JSON.stringify(await shownOn(B, article, title)) === JSON.stringify(everywhere))
    expect(ms).toBeLessThanOrEqual(VISIBLE_WITHIN_MS)
  }, 60_000)

  it('loses no request through nginx when instance A is killed during a 30 s load at 32 connections', async () => {
    try {
      const running = load(`${cluster.urls.proxy}/news/why-we-carry-this-banner`, 32, 30, UNCACHED)
      await new Promise((resolve) => setTimeout(resolve, 5000))
      await cluster.killInstance('A')
      const figures = await running
      expect(figures.requestsPerSecond).toBeGreaterThan(0)
      expect({ errors: figures.errors, non2xx: figures.non2xx }).toEqual({ errors: 0, non2xx: 0 })
    } finally {
      await cluster.restartInstance('A')
    }
  }, 120_000)
})
