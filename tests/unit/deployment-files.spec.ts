import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('../..', import.meta.url))
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')

type Service = {
  build?: string | { context?: string; args?: Record<string, string> }
  command?: string | string[]
  environment?: Record<string, string | number | boolean> | string[]
  expose?: (string | number)[]
  depends_on?: Record<string, { condition?: string }> | string[]
  healthcheck?: { test?: string | string[] }
  volumes?: string[]
}

const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, Service> }
const services = compose.services
const nginxSite = read('deploy/nginx/solidarity-news.conf')
const dockerfile = read('Dockerfile')

/** Where the production process reads its settings: lib/startup/env.ts, and the server around Next. */
const readByTheApp = new Set(
  ['lib/startup/env.ts', 'server/index.ts'].flatMap((file) =>
    [...read(file).matchAll(/(?:vars|process\.env)\.([A-Z][A-Z0-9_]*)|'([A-Z][A-Z0-9_]+)'/g)].map((match) => match[1] ?? match[2]),
  ),
)
/** Read by Node, Next or npm rather than by our code. */
const readByThePlatform = new Set(['NODE_ENV', 'NODE_OPTIONS', 'NEXT_TELEMETRY_DISABLED', 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY'])
/** What every instance needs once there is more than one (lib/startup/env.ts: multiInstance). */
const sharedByEveryInstance = [
  'DATABASE_URL',
  'REDIS_URL',
  'S3_BUCKET',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'PAYLOAD_SECRET',
  'SERVER_URL',
  'TRUST_PROXY',
  'PURGE_URL',
]

function environment(service: Service): Record<string, string> {
  const entries = Array.isArray(service.environment)
    ? service.environment.map((line) => line.split(/=(.*)/s, 2) as [string, string])
    : Object.entries(service.environment ?? {}).map(([name, value]) => [name, String(value)] as [string, string])
  return Object.fromEntries(entries)
}

function command(service: Service): string[] {
  return typeof service.command === 'string' ? service.command.split(/\s+/) : (service.command ?? [])
}

const buildContext = (service: Service) => (typeof service.build === 'string' ? service.build : service.build?.context)
/** Services built from the app's Dockerfile: the instances and the one-off migration. */
const appServices = Object.entries(services).filter(([, service]) => path.normalize(buildContext(service) ?? '-') === '.')
/** The instances that serve the site: the app's image running its own command (`npm start`). */
const instances = appServices.filter(([, service]) => service.command === undefined)

/** `host:port` pairs of a URL, several for a MongoDB seed list. */
function addresses(url: string): { host: string; port: number }[] {
  const { protocol } = new URL(url)
  const authority = url.slice(url.indexOf('//') + 2).split(/[/?#]/)[0].split('@').pop()!
  const defaultPort = { 'mongodb:': 27017, 'redis:': 6379, 'http:': 80, 'https:': 443 }[protocol]
  return authority.split(',').map((hostPort) => {
    const [host, port] = hostPort.split(':')
    return { host, port: port ? Number(port) : defaultPort! }
  })
}

/** The ports a service answers on: an instance's PORT, or what the service says it exposes. */
function portsOf(name: string): number[] {
  const service = services[name]
  if (!service) return []
  if (instances.some(([instance]) => instance === name)) return [Number(environment(service).PORT)]
  return (service.expose ?? []).map(Number)
}

function upstreamServers(site: string): { host: string; port: number }[] {
  const block = /upstream\s+solidarity_news\s*\{([^}]*)\}/.exec(site)?.[1] ?? ''
  return [...block.matchAll(/^\s*server\s+([^\s:;]+):(\d+)/gm)].map(([, host, port]) => ({ host, port: Number(port) }))
}

describe('compose.yaml matches the configuration the app reads', () => {
  it('runs at least two instances of the app and one migration job', () => {
    expect(instances.length).toBeGreaterThanOrEqual(2)
    expect(appServices.filter(([, service]) => command(service).join(' ') === 'npm run migrate')).toHaveLength(1)
  })

  it.each(appServices.map(([name]) => name))('%s sets only variables that lib/startup/env.ts, the server or the platform read', (name) => {
    const unknown = Object.keys(environment(services[name])).filter((variable) => !readByTheApp.has(variable) && !readByThePlatform.has(variable))
    expect(unknown).toEqual([])
  })

  it('every variable shared by the instances is one the app reads', () => {
    expect(sharedByEveryInstance.filter((variable) => !readByTheApp.has(variable))).toEqual([])
  })

  it.each(instances.map(([name]) => name))('%s has every setting a multi-instance deployment needs, with the same values as the others', (name) => {
    const mine = environment(services[name])
    const first = environment(instances[0][1])
    for (const variable of sharedByEveryInstance) {
      expect({ variable, set: Boolean(mine[variable]) }).toEqual({ variable, set: true })
      expect({ variable, value: mine[variable] }).toEqual({ variable, value: first[variable] })
    }
    expect(new URL(mine.DATABASE_URL).searchParams.get('replicaSet')).toBeTruthy()
  })

  it('exactly one instance runs the jobs queue', () => {
    const runners = instances.filter(([, service]) => ['1', 'true'].includes(environment(service).JOBS_RUNNER?.toLowerCase()))
    expect(runners).toHaveLength(1)
  })

  it('instances start only after the migration job has finished', () => {
    const migrate = appServices.find(([, service]) => command(service).join(' ') === 'npm run migrate')![0]
    for (const [, service] of instances) {
      expect((service.depends_on as Record<string, { condition?: string }>)?.[migrate]?.condition).toBe('service_completed_successfully')
    }
  })

  it.each(appServices.flatMap(([name, service]) =>
    ['DATABASE_URL', 'REDIS_URL', 'S3_ENDPOINT', 'PURGE_URL']
      .filter((variable) => environment(service)[variable])
      .map((variable) => [name, variable, environment(service)[variable]]),
  ))('%s: %s names a compose service on a port it answers on', (_, __, url) => {
    for (const { host, port } of addresses(url)) {
      expect({ host, known: host in services }).toEqual({ host, known: true })
      expect(portsOf(host)).toContain(port)
    }
  })

  it('the MongoDB replica set has the name, and its member the address, that DATABASE_URL gives', () => {
    const url = environment(instances[0][1]).DATABASE_URL
    const [{ host }] = addresses(url)
    const mongo = services[host]
    const replicaSet = new URL(url).searchParams.get('replicaSet')
    expect(command(mongo).join(' ')).toContain(`--replSet ${replicaSet}`)
    const healthcheck = [mongo.healthcheck?.test ?? []].flat().join(' ')
    expect(healthcheck).toContain(`_id: '${replicaSet}'`)
    expect(healthcheck).toContain(`host: '${host}:${addresses(url)[0].port}'`)
  })

  it('Redis never evicts keys without a TTL, such as the cache tags', () => {
    const [{ host }] = addresses(environment(instances[0][1]).REDIS_URL)
    const args = command(services[host])
    const policy = args[args.indexOf('--maxmemory-policy') + 1]
    expect(['volatile-lru', 'volatile-lfu', 'volatile-ttl', 'volatile-random', 'noeviction']).toContain(policy)
  })
})

describe('nginx balances every instance', () => {
  it('compose mounts the site configuration this test reads', () => {
    const nginx = Object.values(services).find((service) => service.volumes?.some((volume) => volume.startsWith('./deploy/nginx/solidarity-news.conf:')))
    expect(nginx).toBeDefined()
  })

  it('its upstream lists exactly the instances, on their ports', () => {
    const listed = upstreamServers(nginxSite).sort((a, b) => a.host.localeCompare(b.host))
    const expected = instances.map(([name, service]) => ({ host: name, port: Number(environment(service).PORT) })).sort((a, b) => a.host.localeCompare(b.host))
    expect(listed).toEqual(expected)
  })

  it('PURGE_URL reaches the purge server of that configuration', () => {
    const [{ port }] = addresses(environment(instances[0][1]).PURGE_URL)
    expect(nginxSite).toMatch(new RegExp(`listen\\s+(?:[\\d.]+:)?${port};[\\s\\S]*proxy_cache_purge`))
  })
})

describe('the Dockerfile', () => {
  it('runs on an even-numbered (LTS) Node release, 24 or newer', () => {
    const majors = [...dockerfile.matchAll(/node:(\d+)/g)].map(([, major]) => Number(major))
    expect(majors.length).toBeGreaterThan(0)
    for (const major of majors) {
      expect(major % 2).toBe(0)
      expect(major).toBeGreaterThanOrEqual(24)
    }
  })

  it('declares every build argument compose passes, and exposes the instances\' port', () => {
    const declared = new Set([...dockerfile.matchAll(/^ARG\s+([A-Z_]+)/gm)].map(([, name]) => name))
    for (const [, service] of appServices) {
      const args = typeof service.build === 'object' ? Object.keys(service.build.args ?? {}) : []
      expect(args.filter((name) => !declared.has(name))).toEqual([])
    }
    expect(dockerfile).toMatch(new RegExp(`^EXPOSE\\s+${environment(instances[0][1]).PORT}\\b`, 'm'))
  })
})
