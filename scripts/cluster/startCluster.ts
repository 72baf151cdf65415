import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '@/scripts/lib/productionServer'

import { type Instance, type InstanceName, startInstance } from '@/scripts/cluster/instances'
import { startLoadBalancer } from '@/scripts/cluster/nginx'
import { startLocalObjectStore } from '@/scripts/cluster/objectStore'
import { requireFreePorts } from '@/scripts/cluster/ports'
import { type LocalRedis, startLocalRedis } from '@/scripts/cluster/redis'
import { prepareSharedContent } from '@/scripts/cluster/sharedContent'

export type ClusterOptions = {
  /** Runs `npm run build` first; false reuses the existing build. */
  build: boolean
  /** nginx's port; the instances take the next two. Defaults to PORT, or 3000. */
  port?: number
  /** Extra settings for the seed and the instances (SEED_ADMIN_EMAIL…); the environment's own apply too. */
  env?: Record<string, string>
  /** Where progress goes; silent by default. */
  log?: (line: string) => void
}

export type Cluster = {
  urls: { proxy: string; instanceA: string; instanceB: string; purge: string }
  /** The settings every instance shares (database, secret, Redis, bucket, purge address). */
  env: Record<string, string>
  /** The seeded admin's credentials. */
  admin: { email: string; password: string }
  instances: Record<InstanceName, Instance>
  /** Process ids, for measuring memory. Redis is absent when an outside one is used. */
  pids(): { instanceA: number; instanceB: number; nginx: number; redis?: number }
  stopInstance(name: InstanceName): Promise<void>
  killInstance(name: InstanceName): Promise<void>
  restartInstance(name: InstanceName): Promise<void>
  /** Only for the cluster's own Redis: stops it (losing its contents) and starts it again, empty. */
  stopRedis(): Promise<void>
  startRedis(): Promise<void>
  /** Stops everything the cluster started, and only that. */
  stop(): Promise<void>
}

/** Closers of what has been started so far, run last-started first. */
class Started {
  private closers: (() => Promise<void>)[] = []

  add(close: () => Promise<void>) {
    this.closers.unshift(close)
  }

  async closeAll() {
    for (const close of this.closers.splice(0)) await close().catch((error) => console.error(error))
  }
}

function build() {
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (result.status !== 0) throw new Error(`npm run build failed with exit code ${result.status}`)
}

/** Signs in as the seeded admin and has each instance rebuild its pages, made before the content existed. */
async function refreshPages(instances: Instance[], admin: { email: string; password: string }, log: (line: string) => void) {
  const login = await fetch(`${instances[0].url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  if (!login.ok) {
    log(`Could not sign in as ${admin.email} (the database had content already?): pages refresh on their own timers.`)
    return
  }
  const { token } = await login.json()
  for (const instance of instances) {
    const refreshed = await fetch(`${instance.url}/next/revalidate`, { method: 'POST', headers: { Authorization: `JWT ${token}` } })
    if (!refreshed.ok) throw new Error(`instance ${instance.name} could not refresh its pages: ${refreshed.status}`)
  }
}

/**
 * Two instances of the app behind nginx, sharing a database, Redis and an S3 bucket, as a
 * deployment on two machines would. A service named in the environment (DATABASE_URL, REDIS_URL,
 * S3_BUCKET, as on CI) is used as it is; otherwise a throw-away one is started here.
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? (() => undefined)
  const vars = { ...process.env, ...options.env }
  const port = options.port ?? Number(vars.PORT || 3000)
  const ports = { port, instancePorts: [port + 1, port + 2] as [number, number], purgePort: await freePort() }
  await requireFreePorts([port, ...ports.instancePorts])

  if (options.build) {
    log('Building the site (about a minute on two cores)…')
    build()
  }

  const started = new Started()
  try {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'solidarity-cluster-'))
    started.add(async () => fs.rmSync(workspace, { recursive: true, force: true }))

    let redis: LocalRedis | null = null
    if (!vars.REDIS_URL) {
      redis = await startLocalRedis()
      started.add(redis.close)
      log(`Redis: ${redis.url}`)
    }
    let objectStoreEnv = Object.fromEntries(Object.entries(vars).filter(([name, value]) => name.startsWith('S3_') && value !== undefined)) as Record<string, string>
    if (!vars.S3_BUCKET) {
      const objectStore = await startLocalObjectStore()
      started.add(objectStore.close)
      objectStoreEnv = objectStore.env
      log(`S3 (s3rver): ${objectStore.env.S3_ENDPOINT}, bucket ${objectStore.env.S3_BUCKET}`)
    }

    const admin = {
      email: vars.SEED_ADMIN_EMAIL || 'admin@example.org',
      password: vars.SEED_ADMIN_PASSWORD || randomBytes(12).toString('base64url'),
    }
    const urls = {
      proxy: `http://localhost:${port}`,
      instanceA: `http://127.0.0.1:${ports.instancePorts[0]}`,
      instanceB: `http://127.0.0.1:${ports.instancePorts[1]}`,
      purge: `http://127.0.0.1:${ports.purgePort}`,
    }
    const env: Record<string, string> = {
      ...options.env,
      // One SQLite file serves instances on one host only: a stand-in for MongoDB here.
      DATABASE_URL: vars.DATABASE_URL || `file:${path.join(workspace, 'site.db')}`,
      PAYLOAD_SECRET: vars.PAYLOAD_SECRET || randomBytes(32).toString('hex'),
      SERVER_URL: urls.proxy,
      REDIS_URL: vars.REDIS_URL || redis!.url,
      ...objectStoreEnv,
      PURGE_URL: urls.purge,
    }

    log('Applying the migrations and seeding the demo content…')
    await prepareSharedContent({
      ...env,
      SEED_ADMIN_EMAIL: admin.email,
      SEED_ADMIN_PASSWORD: admin.password,
      DATA_DIR: path.join(workspace, 'data'),
      MEDIA_DIR: path.join(workspace, 'media'),
    })

    log('Starting the two instances…')
    const instanceEnv = { ...env, TRUST_PROXY: '1' }
    const [instanceA, instanceB] = await Promise.all([
      startInstance('A', ports.instancePorts[0], { ...instanceEnv, JOBS_RUNNER: '1' }),
      startInstance('B', ports.instancePorts[1], { ...instanceEnv, JOBS_RUNNER: '0' }),
    ])
    started.add(instanceA.close)
    started.add(instanceB.close)
    const instances = { A: instanceA, B: instanceB }

    const nginx = await startLoadBalancer(ports)
    started.add(nginx.close)

    await refreshPages([instanceA, instanceB], admin, log)

    const ownRedis = () => {
      if (!redis) throw new Error('this cluster uses an outside Redis (REDIS_URL), which it does not stop or start')
      return redis
    }
    return {
      urls,
      env,
      admin,
      instances,
      pids: () => ({ instanceA: instanceA.pid(), instanceB: instanceB.pid(), nginx: nginx.pid, ...(redis ? { redis: redis.pid() } : {}) }),
      stopInstance: (name) => instances[name].stop(),
      killInstance: (name) => instances[name].kill(),
      restartInstance: (name) => instances[name].restart(),
      stopRedis: () => ownRedis().stop(),
      startRedis: () => ownRedis().start(),
      stop: () => started.closeAll(),
    }
  } catch (error) {
    await started.closeAll()
    throw error
  }
}
