// `npm run demo:cluster`: the site as a multi-instance deployment on one machine: two instances
// behind nginx, sharing a database, Redis and an S3 bucket. Prints the addresses, then `ready`.
// Options: --no-build reuses the existing build. Ctrl+C stops everything it started.
import { startCluster } from '@/scripts/cluster/startCluster'

const cluster = await startCluster({ build: !process.argv.includes('--no-build'), log: (line) => console.log(line) })

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    console.log('\nStopping the cluster…')
    void cluster.stop().then(() => process.exit(0))
  })
}

console.log(`
Site (nginx):  ${cluster.urls.proxy}/
Admin:         ${cluster.urls.proxy}/admin  (${cluster.admin.email} / ${cluster.admin.password})
Instance A:    ${cluster.urls.instanceA}  (runs the jobs queue)
Instance B:    ${cluster.urls.instanceB}
Purge:         ${cluster.urls.purge}
Redis:         ${cluster.env.REDIS_URL}
S3:            ${cluster.env.S3_ENDPOINT ?? 'AWS'} bucket ${cluster.env.S3_BUCKET}
Database:      ${cluster.env.DATABASE_URL}
(Ctrl+C stops it.)`)
console.log('ready')
