// The cluster part of the benchmark, in its own process as each size is:
// `tsx scripts/bench/runCluster.ts <seconds> <out.json>`. Two instances behind nginx (npm run demo:cluster).
import fs from 'node:fs'

import { freePortRun } from '@/scripts/cluster/ports'
import { startCluster } from '@/scripts/cluster/startCluster'

import { load, type LoadFigures } from '@/scripts/bench/load'
import { rssMiB, treeRssMiB } from '@/scripts/bench/memory'
import { publishToVisibleMs } from '@/scripts/bench/publishToVisible'

const [secondsArg, outFile] = process.argv.slice(2)
const seconds = Number(secondsArg)
const ADMIN = { email: 'bench@example.org', password: 'a long benchmark password' }
const ROUTES = ['/', '/news', '/news/why-we-carry-this-banner', '/feed.xml']

const cluster = await startCluster({ build: false, port: await freePortRun(3), env: { SEED_ADMIN_EMAIL: ADMIN.email, SEED_ADMIN_PASSWORD: ADMIN.password } })
const log = (line: string) => console.log(`[cluster] ${line}`)
try {
  const memory = () => {
    const pids = cluster.pids()
    return {
      instanceA: rssMiB(pids.instanceA),
      instanceB: rssMiB(pids.instanceB),
      nginx: treeRssMiB(pids.nginx),
      ...(pids.redis ? { redis: rssMiB(pids.redis) } : {}),
      // s3rver runs inside it.
      bench: rssMiB(process.pid),
    }
  }
  const rssBeforeLoad = memory()

  // Cached pages: from nginx's cache in front of two instances, against one instance answering alone.
  const routes: { path: string; proxy: LoadFigures; oneInstance: LoadFigures }[] = []
  for (const path of ROUTES) {
    await load(`${cluster.urls.proxy}${path}`, 8, Math.min(2, seconds))
    await load(`${cluster.urls.instanceA}${path}`, 8, Math.min(2, seconds))
    const proxy = await load(`${cluster.urls.proxy}${path}`, 32, seconds)
    const oneInstance = await load(`${cluster.urls.instanceA}${path}`, 32, seconds)
    routes.push({ path, proxy, oneInstance })
    log(`${path}: ${proxy.requestsPerSecond} req/s through nginx, ${oneInstance.requestsPerSecond} req/s from one instance`)
  }
  const rssAfterLoad = memory()

  const login = await fetch(`${cluster.urls.instanceA}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  const { token } = await login.json()
  const acrossInstances = await publishToVisibleMs(cluster.urls.instanceA, cluster.urls.instanceB, token)
  log(`publish on A → visible on B: ${acrossInstances.join(', ')} ms`)

  fs.writeFileSync(
    outFile,
    JSON.stringify({ routes, publishToVisibleMs: { median: acrossInstances[2], all: acrossInstances }, rssMiB: { beforeLoad: rssBeforeLoad, afterLoad: rssAfterLoad } }, null, 2),
  )
} finally {
  await cluster.stop()
}
process.exit(0)
