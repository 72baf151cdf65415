import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** A configuration problem the operator must fix; its message is one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

export type DatabaseConfig =
  | { kind: 'sqlite'; url: string; file: string | null }
  | { kind: 'mongodb'; url: string }

export type Env = {
  production: boolean
  demoMode: boolean
  database: DatabaseConfig
  secret: string
  /** Absolute origin for links in feeds, sitemaps and previews. */
  serverURL: string
  /** The origin Payload itself is told about; empty unless SERVER_URL is set, so the admin works on any host. */
  publicServerURL: string
  /** Origins whose requests may carry the session cookie (CSRF protection). */
  allowedOrigins: string[]
  /** Whether the session cookie is sent over HTTPS only. */
  secureCookies: boolean
  port: number
  mediaDir: string
  dataDir: string
  /** Shared cache, cross-instance expiry and rate-limit counters; null on one process. */
  redisURL: string | null
  /** Object storage for uploads; null keeps them in `mediaDir`. */
  s3: S3Config | null
  /** More than one instance may serve the site: shared state must live in Redis and the bucket. */
  multiInstance: boolean
  /** Whether this process runs the jobs queue (scheduled publishing). Exactly one instance does. */
  runsJobs: boolean
  /** Where PURGE requests go when a change expires pages (a caching proxy or CDN in front); null when none. */
  purgeURL: string | null
  /** The SMTP server that sends password resets; null when email is off. */
  email: EmailConfig | null
}

export type EmailConfig = { smtpURL: string; from: { name: string; address: string } }

export type S3Config = {
  bucket: string
  region: string
  /** An S3-compatible service's address; unset for AWS itself. */
  endpoint: string | null
  /** Unset, the SDK finds credentials itself (an instance role, the shared credentials file). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null
  forcePathStyle: boolean
}

export const DEFAULT_SQLITE_URL = 'file:./data/solidarity-news.db'

const ACCEPTED_DATABASE_URLS =
  'accepted forms: unset (embedded SQLite at ./data/solidarity-news.db), file:<path> (SQLite), mongodb://… or mongodb+srv://… (MongoDB)'

export function parseDatabaseURL(value: string | undefined): DatabaseConfig {
  const url = value?.trim() || DEFAULT_SQLITE_URL
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url }
  }
  if (url.startsWith('file:')) {
    const location = url.slice('file:'.length)
    if (!location) throw new ConfigError(`DATABASE_URL "${url}" names no file; ${ACCEPTED_DATABASE_URLS}`)
    const inMemory = location.startsWith(':memory:')
    return { kind: 'sqlite', url, file: inMemory ? null : path.resolve(location) }
  }
  throw new ConfigError(`DATABASE_URL "${url}" is not supported; ${ACCEPTED_DATABASE_URLS}`)
}

/** The upload folder: MEDIA_DIR, or ./media. */
export function parseMediaDir(value: string | undefined): string {
  return path.resolve(value || 'media')
}

export function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT "${value}" must be a whole number between 1 and 65535`)
  }
  return port
}

export function parseServerURL(value: string | undefined, port: number): string {
  if (!value) return `http://localhost:${port}`
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ConfigError(`SERVER_URL "${value}" must be an absolute http(s) URL such as https://news.example.org`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`SERVER_URL "${value}" must use http or https`)
  }
  return url.origin
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Without SERVER_URL the site answers on this machine's loopback names; with it, on that origin only.
 * Payload ignores the session cookie on a request from any other origin.
 */
export function allowedOrigins(publicServerURL: string, port: number): string[] {
  if (publicServerURL) return [publicServerURL]
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}

/**
 * Browsers keep a Secure cookie only over HTTPS or on loopback, so production cookies are Secure
 * unless the site is explicitly served over plain HTTP on another host (a trial on a local network).
 */
export function usesSecureCookies(production: boolean, serverURL: string): boolean {
  if (!production) return false
  const { protocol, hostname } = new URL(serverURL)
  return protocol === 'https:' || LOOPBACK_HOSTS.has(hostname)
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value?.toLowerCase() === 'true'
}

function absoluteURL(name: string, value: string, protocols: string[], example: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ConfigError(`${name} "${value}" must be an absolute URL such as ${example}`)
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} "${value}" must start with ${protocols.map((protocol) => `${protocol}//`).join(' or ')}`)
  }
  return value
}

export function parseRedisURL(value: string | undefined): string | null {
  if (!value?.trim()) return null
  return absoluteURL('REDIS_URL', value.trim(), ['redis:', 'rediss:'], 'redis://localhost:6379')
}

export function parsePurgeURL(value: string | undefined): string | null {
  if (!value?.trim()) return null
  return absoluteURL('PURGE_URL', value.trim(), ['http:', 'https:'], 'http://127.0.0.1:8081').replace(/\/+$/, '')
}

const SMTP_EXAMPLE = 'smtps://user:password@smtp.example.org:465'
const MAILBOX = /^(?:(?<name>[^<>]*?)\s*<(?<inBrackets>[^<>\s@]+@[^<>\s@]+)>|(?<bare>[^<>\s@]+@[^<>\s@]+))$/

/**
 * SMTP_URL, nodemailer's connection address, and EMAIL_FROM, the sender (`Group name <news@example.org>`).
 * Errors never repeat SMTP_URL: it usually carries a password.
 */
export function parseEmail(vars: Record<string, string | undefined>): EmailConfig | null {
  const smtpURL = vars.SMTP_URL?.trim()
  if (!smtpURL) return null
  let url: URL
  try {
    url = new URL(smtpURL)
  } catch {
    throw new ConfigError(`SMTP_URL is not an address: write it as ${SMTP_EXAMPLE} (smtp:// for STARTTLS or none)`)
  }
  if (!['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps:// and name a server, such as ${SMTP_EXAMPLE}`)
  }
  const from = vars.EMAIL_FROM?.trim()
  if (!from) throw new ConfigError('EMAIL_FROM is required when SMTP_URL is set, such as "Ukraine Information Group <news@example.org>"')
  const mailbox = MAILBOX.exec(from)?.groups
  if (!mailbox) throw new ConfigError(`EMAIL_FROM "${from}" is not an address, such as "Ukraine Information Group <news@example.org>" or news@example.org`)
  return { smtpURL, from: { name: mailbox.name?.replace(/^"|"$/g, '') ?? '', address: mailbox.inBrackets ?? mailbox.bare } }
}

export function parseS3(vars: Record<string, string | undefined>): S3Config | null {
  const bucket = vars.S3_BUCKET?.trim()
  if (!bucket) return null
  const region = vars.S3_REGION?.trim() || 'us-east-1'
  const endpoint = vars.S3_ENDPOINT?.trim() ? absoluteURL('S3_ENDPOINT', vars.S3_ENDPOINT.trim(), ['http:', 'https:'], 'https://s3.eu-west-2.amazonaws.com') : null
  const accessKeyId = vars.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = vars.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new ConfigError('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together (or both left unset to use the machine\'s own credentials)')
  }
  const forcePathStyle = vars.S3_FORCE_PATH_STYLE?.trim()
  if (forcePathStyle && !['1', '0', 'true', 'false'].includes(forcePathStyle.toLowerCase())) {
    throw new ConfigError(`S3_FORCE_PATH_STYLE "${forcePathStyle}" must be true or false`)
  }
  return {
    bucket,
    region,
    endpoint,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : null,
    forcePathStyle: isTrue(forcePathStyle),
  }
}

/**
 * With Redis or a bucket configured, more than one instance may answer: each must sign sessions with
 * the same secret and build links to the same address, so neither may be left to a default.
 */
function requireSharedSettings(vars: Record<string, string | undefined>, multiInstance: boolean) {
  if (!multiInstance || vars.NEXT_PHASE === 'phase-production-build') return
  for (const name of ['PAYLOAD_SECRET', 'SERVER_URL']) {
    if (!vars[name]?.trim()) {
      throw new ConfigError(`${name} is required when REDIS_URL or S3_BUCKET is set: every instance must share it`)
    }
  }
}

/**
 * In development and demo mode nobody should have to invent a secret, but a secret that changes at
 * every start would log everyone out, so one is generated once and kept beside the database.
 */
function persistedSecret(dataDir: string): string {
  const file = path.join(dataDir, 'payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDir, { recursive: true })
    const secret = randomBytes(32).toString('hex')
    fs.writeFileSync(file, secret, { mode: 0o600 })
    console.info(`Generated a development secret in ${path.relative(process.cwd(), file)}; set PAYLOAD_SECRET in production.`)
    return secret
  }
}

function resolveSecret(vars: Record<string, string | undefined>, production: boolean, demoMode: boolean, dataDir: string) {
  const secret = vars.PAYLOAD_SECRET?.trim()
  if (secret) {
    if (production && !demoMode && secret.length < 32) {
      throw new ConfigError('PAYLOAD_SECRET must be at least 32 characters in production (e.g. `openssl rand -hex 32`)')
    }
    return secret
  }
  // `next build` loads the config to collect routes but signs nothing, so a throw-away secret will do.
  if (vars.NEXT_PHASE === 'phase-production-build') return randomBytes(32).toString('hex')
  if (production && !demoMode) {
    throw new ConfigError('PAYLOAD_SECRET is required when NODE_ENV=production (generate one with `openssl rand -hex 32`)')
  }
  return persistedSecret(dataDir)
}

export function parseEnv(vars: Record<string, string | undefined> = process.env): Env {
  const production = vars.NODE_ENV === 'production'
  const demoMode = isTrue(vars.DEMO_MODE)
  const dataDir = path.resolve(vars.DATA_DIR || 'data')
  const port = parsePort(vars.PORT)
  const serverURL = parseServerURL(vars.SERVER_URL, port)
  const publicServerURL = vars.SERVER_URL ? serverURL : ''
  const redisURL = parseRedisURL(vars.REDIS_URL)
  const s3 = parseS3(vars)
  const multiInstance = redisURL !== null || s3 !== null
  requireSharedSettings(vars, multiInstance)
  return {
    production,
    demoMode,
    database: parseDatabaseURL(vars.DATABASE_URL),
    secret: resolveSecret(vars, production, demoMode, dataDir),
    serverURL,
    publicServerURL,
    allowedOrigins: allowedOrigins(publicServerURL, port),
    secureCookies: usesSecureCookies(production, serverURL),
    port,
    mediaDir: parseMediaDir(vars.MEDIA_DIR),
    dataDir,
    redisURL,
    s3,
    multiInstance,
    // One process runs its own queue; instances sharing Redis leave it to the one marked JOBS_RUNNER,
    // since Payload claims a job by a find then an update, which two runners can both win.
    runsJobs: vars.JOBS_RUNNER?.trim() ? isTrue(vars.JOBS_RUNNER) : redisURL === null,
    purgeURL: parsePurgeURL(vars.PURGE_URL),
    email: parseEmail(vars),
  }
}

let cached: Env | undefined

/** The validated environment, read once per process. */
export function env(): Env {
  cached ??= parseEnv()
  return cached
}
