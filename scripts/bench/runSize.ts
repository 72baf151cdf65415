// One size of the benchmark, in its own process (the Payload config reads its database once):
// `tsx scripts/bench/runSize.ts <small|large> <seconds> <out.json> [--extras]`.
import fs from 'node:fs'

import { seedDemoContent } from '@/seed'
import { PHOTOS_PER_PAGE } from '@/lib/queries/photos'
import { seedSampleContent } from '@/seed/sample'

import { untilFaceChecksDone } from '@/scripts/lib/faceChecks'
import { startServer } from '@/scripts/lib/productionServer'
import { payloadOf } from '@/scripts/lib/serverPayload'

import { adminListMs } from '@/scripts/bench/adminLists'
import { scriptKiB } from '@/scripts/bench/clientScripts'
import { lighthouseScores } from '@/scripts/bench/lighthouseScores'
import { load, type LoadFigures } from '@/scripts/bench/load'
import { publishToVisibleMs } from '@/scripts/bench/publishToVisible'
import type { Floor } from '@/scripts/bench/report'
import { peakRssDuring, rssMiB } from '@/scripts/bench/memory'
import { SIZES, type SizeName } from '@/scripts/bench/sizes'
import { searchQueryMs } from '@/scripts/bench/searchQueries'
import { serveBytes } from '@/scripts/bench/staticLimit'

const [sizeName, secondsArg, outFile] = process.argv.slice(2) as [SizeName, string, string]
const seconds = Number(secondsArg)
const extras = process.argv.includes('--extras')
const ADMIN = { email: 'bench@example.org', password: 'a long benchmark password' }
const log = (line: string) => console.log(`[${sizeName}] ${line}`)

// MongoDB when MONGODB_URL is set, in a database of the run's own that is dropped at the end.
const mongo = process.env.MONGODB_URL ? new URL(process.env.MONGODB_URL) : null
if (mongo) mongo.pathname = `/solidarity_news_bench_${sizeName}_${process.pid}`
const server = await startServer(mongo ? { DATABASE_URL: mongo.toString() } : {})
const payload = await payloadOf(server)
const rssAtStart = rssMiB(server.pid)

// 1. Content.
process.env.SEED_ADMIN_EMAIL = ADMIN.email
process.env.SEED_ADMIN_PASSWORD = ADMIN.password
let started = Date.now()
await seedDemoContent(payload, { demoMode: false, log: () => undefined })
await seedSampleContent(payload, { ...SIZES[sizeName], sharedFiles: true }, log)
const seedSeconds = (Date.now() - started) / 1000
log(`seeded in ${seedSeconds.toFixed(0)} s`)

const api = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init)
const { token } = await (
  await api('/api/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) })
).json()
const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
await api('/next/revalidate', { method: 'POST', headers: auth })

// 2. The routes, at 1 and 32 connections, after a warm-up that fills the cache. The filtered
// archive is asked for page 20 of 2024, or its last page when the small size has fewer.
const { totalPages } = await payload.find({
  collection: 'media',
  where: { takenAt: { greater_than_equal: '2024-01-01', less_than: '2025-01-01' } },
  limit: PHOTOS_PER_PAGE,
})
const photoPage = Math.max(1, Math.min(20, totalPages))
// The API as another site reads it: a filtered, sorted page of a list with chosen fields and their
// pictures, and one article by id and by slug.
const bySlug = (collection: 'articles' | 'topics', slug: string) =>
  payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0 }).then(({ docs: [doc] }) => doc.id)
const [bannerId, palestineId] = await Promise.all([bySlug('articles', 'why-we-carry-this-banner'), bySlug('topics', 'palestine')])
const apiList = `/api/articles?where[topics][in]=${palestineId}&sort=-publishedAt&limit=12&page=2&select[title]=true&select[slug]=true&select[publishedAt]=true&select[heroImage]=true&depth=1`
// The floor each route is held to: a cached page's, a page rendered per request's, or the public
// API's. The filtered archive is a cached page per filter (see proxy.ts); the API's reads of public
// content are kept by the server's page cache (lib/cache/publicApiReads.ts).
// A search is a page rendered per request that the server's page cache keeps per query
// (lib/cache/searchPages.ts): measured as visitors repeating a search get it, and with a new address
// on every request (`[<id>]`), as each new search is answered.
const routes: { path: string; floor: Floor; distinct?: boolean }[] = [
  { path: '/', floor: 'cached' },
  { path: '/news/why-we-carry-this-banner', floor: 'cached' },
  { path: '/news?page=2', floor: 'cached' },
  { path: '/demos/london-ceasefire-in-gaza-2024-06-08', floor: 'cached' },
  { path: '/photos', floor: 'cached' },
  { path: `/photos?year=2024&page=${photoPage}`, floor: 'cached' },
  { path: '/search?q=occupation', floor: 'cached' },
  { path: '/search?uncached=[<id>]&q=occupation', floor: 'dynamic', distinct: true },
  { path: '/feed.xml', floor: 'cached' },
  { path: '/meetings', floor: 'cached' },
  { path: '/calendar.ics', floor: 'cached' },
  { path: '/sitemap.xml', floor: 'cached' },
  // The same pages in the other languages: cached and expired alike, so held to the same floors.
  { path: '/uk', floor: 'cached' },
  { path: '/ar', floor: 'cached' },
  { path: '/uk/news/why-we-carry-this-banner', floor: 'cached' },
  { path: '/ar/demos/london-ceasefire-in-gaza-2024-06-08', floor: 'cached' },
  { path: '/ar/feed.xml', floor: 'cached' },
  { path: '/uk/search?q=occupation', floor: 'cached' },
  { path: '/api/articles?limit=12', floor: 'api' },
  { path: apiList, floor: 'api' },
  { path: `/api/articles/${bannerId}`, floor: 'api' },
  { path: '/api/articles?where[slug][equals]=why-we-carry-this-banner&limit=1', floor: 'api' },
]
// Searches as the page asks for them, in this process, with no cache in front.
const searchQueries = await searchQueryMs(payload)
const rssBeforeLoad = rssMiB(server.pid)
const results: { path: string; floor: Floor; one: LoadFigures; many: LoadFigures }[] = []
for (const route of routes) {
  const url = `${server.url}${route.path}`
  const options = { distinct: route.distinct }
  await load(url, 8, Math.min(2, seconds), {}, options)
  const one = await load(url, 1, seconds, {}, options)
  const many = await load(url, 32, seconds, {}, options)
  results.push({ path: route.path, floor: route.floor, one, many })
  log(`${route.path}: ${many.requestsPerSecond} req/s at 32, p99 ${many.p99} ms`)
}
const rssAfterLoad = rssMiB(server.pid)

// 3. The limit: the article's own bytes from a bare node:http server.
const articleHTML = Buffer.from(await (await api('/news/why-we-carry-this-banner')).arrayBuffer())
const bare = await serveBytes(articleHTML)
await load(bare.url, 8, Math.min(2, seconds))
const limit = { one: await load(bare.url, 1, seconds), many: await load(bare.url, 32, seconds) }
await bare.close()

// 4. Publish → visible on the article page and on /news: median of five.
const publishMs = await publishToVisibleMs(server.url, server.url, token)

// 5. Admin list views of 10, signed in, in their default order and sorted by each default column.
const adminListsMs = await adminListMs(
  server.url,
  token,
  (['articles', 'demo-reports', 'media', 'topics', 'users'] as const).map((slug) => ({
    slug,
    columns: payload.collections[slug].config.admin.defaultColumns ?? [],
  })),
)

const extra: Record<string, unknown> = {}
if (extras) {
  // 6. Image ingest through the REST API: one 24-megapixel JPEG, then a batch of 20 phone photos.
  const sharp = (await import('sharp')).default
  const { noisyPhoto } = await import('@/tests/helpers/images')
  const upload = async (file: Buffer, name: string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file)], { type: 'image/jpeg' }), name)
    form.append('_payload', JSON.stringify({ alt: 'Benchmark photo' }))
    const response = await api('/api/media', { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
    if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${await response.text()}`)
    return (await response.json()).doc
  }
  const big = await sharp(await noisyPhoto(3000, 2000)).resize(6000, 4000).jpeg({ quality: 90 }).toBuffer()
  started = Date.now()
  const bigDoc = await upload(big, 'camera-24mp.jpg')
  const ingest24mpSeconds = (Date.now() - started) / 1000
  const phone = await sharp(await noisyPhoto(1000, 750)).resize(4032, 3024).jpeg({ quality: 85 }).toBuffer()
  started = Date.now()
  let uploadedAt = 0
  // The peak counts the face checks that follow the batch too: they are part of what it costs.
  const batch = await peakRssDuring(server.pid, async () => {
    const ids: (string | number)[] = []
    for (let i = 0; i < 20; i++) ids.push((await upload(phone, `phone-${i}.jpg`)).id)
    uploadedAt = Date.now()
    // Only the batch's own photos: the bench's generated archive is stored without face checks.
    await untilFaceChecksDone(server.url, token, { ids, timeoutMs: 180_000 })
  })
  extra.images = {
    ingest24mpSeconds,
    input24mpBytes: big.length,
    sizeBytes: Object.fromEntries(Object.entries(bigDoc.sizes).map(([name, size]) => [name, (size as { filesize: number }).filesize])),
    batchOf20Seconds: (uploadedAt - started) / 1000,
    batchFacesCheckedSeconds: (Date.now() - uploadedAt) / 1000,
    batchPeakRssMiB: batch.peakMiB,
  }
  // 7. Client JavaScript, against Next's own floor (a page with no component of ours).
  extra.clientJsKiB = {
    floor: await scriptKiB(`${server.url}/no-such-page`),
    ...Object.fromEntries(
      await Promise.all(['/', '/news/why-we-carry-this-banner', '/demos/london-ceasefire-in-gaza-2024-06-08', '/photos', '/join'].map(async (path) => [path, await scriptKiB(`${server.url}${path}`)])),
    ),
  }
  // 8. Lighthouse, mobile preset.
  extra.lighthouse = await lighthouseScores(['/', '/news/why-we-carry-this-banner', '/photos'].map((path) => `${server.url}${path}`))
}

fs.writeFileSync(
  outFile,
  JSON.stringify(
    {
      size: sizeName,
      counts: SIZES[sizeName],
      seedSeconds,
      routes: results,
      limit,
      publishToVisibleMs: { median: publishMs[2], all: publishMs },
      rssMiB: { start: rssAtStart, beforeLoad: rssBeforeLoad, afterLoad: rssAfterLoad },
      adminListsMs,
      searchQueryMs: searchQueries,
      ...extra,
    },
    null,
    2,
  ),
)
if (mongo) await (payload.db as unknown as { connection: { dropDatabase(): Promise<unknown> } }).connection.dropDatabase()
await payload.destroy()
await server.stop()
process.exit(0)
