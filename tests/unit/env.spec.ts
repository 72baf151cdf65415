import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it, jest } from '@jest/globals'

import { ConfigError, parseDatabaseURL, parseEmail, parseEnv, parsePort } from '@/lib/startup/env'

const SECRET = 'x'.repeat(40)

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'solidarity-env-'))
}

describe('DATABASE_URL', () => {
  it('defaults to the embedded SQLite file', () => {
    expect(parseDatabaseURL(undefined)).toEqual({
      kind: 'sqlite',
      url: 'file:./data/solidarity-news.db',
      file: path.resolve('data/solidarity-news.db'),
    })
  })

  it('selects SQLite for file: URLs and MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(parseDatabaseURL('file:/tmp/site.db')).toMatchObject({ kind: 'sqlite', file: '/tmp/site.db' })
    expect(parseDatabaseURL('file::memory:')).toMatchObject({ kind: 'sqlite', file: null })
    expect(parseDatabaseURL('mongodb://db:27017/news')).toEqual({ kind: 'mongodb', url: 'mongodb://db:27017/news' })
    expect(parseDatabaseURL('mongodb+srv://u:p@cluster.example.net/news').kind).toBe('mongodb')
  })

  it.each(['postgres://localhost/news', 'mysql://x', 'news.db', 'file:'])(
    'rejects %s with one line naming DATABASE_URL and the accepted forms',
    (value) => {
      expect(() => parseDatabaseURL(value)).toThrow(ConfigError)
      try {
        parseDatabaseURL(value)
      } catch (error) {
        const message = (error as Error).message
        expect(message).toContain('DATABASE_URL')
        expect(message).toContain('mongodb://')
        expect(message).toContain('file:')
        expect(message).not.toContain('\n')
      }
    },
  )
})

describe('PORT', () => {
  it('defaults to 3000 and refuses nonsense', () => {
    expect(parsePort(undefined)).toBe(3000)
    expect(parsePort('8080')).toBe(8080)
    expect(() => parsePort('eighty')).toThrow(/PORT/)
    expect(() => parsePort('70000')).toThrow(/PORT/)
  })
})

describe('PAYLOAD_SECRET', () => {
  it('is required in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATA_DIR: tempDir() })).toThrow(/PAYLOAD_SECRET is required/)
  })

  it('must be long in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short', DATA_DIR: tempDir() })).toThrow(
      /at least 32 characters/,
    )
    expect(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: SECRET }).secret).toBe(SECRET)
  })

  it('is generated once and kept in the data folder in demo mode and development', () => {
    const dataDir = tempDir()
    const notice = jest.spyOn(console, 'info').mockImplementation(() => undefined)
    const first = parseEnv({ NODE_ENV: 'production', DEMO_MODE: 'true', DATA_DIR: dataDir }).secret
    const second = parseEnv({ NODE_ENV: 'development', DATA_DIR: dataDir }).secret
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(second).toBe(first)
    expect(fs.readFileSync(path.join(dataDir, 'payload-secret'), 'utf8')).toBe(first)
    expect(notice).toHaveBeenCalledTimes(1)
    notice.mockRestore()
  })
})

describe('SERVER_URL', () => {
  it('defaults to localhost on PORT and must be an http(s) origin', () => {
    expect(parseEnv({ PORT: '4000', PAYLOAD_SECRET: SECRET }).serverURL).toBe('http://localhost:4000')
    expect(parseEnv({ SERVER_URL: 'https://news.example.org/', PAYLOAD_SECRET: SECRET }).serverURL).toBe(
      'https://news.example.org',
    )
    expect(() => parseEnv({ SERVER_URL: 'ftp://x', PAYLOAD_SECRET: SECRET })).toThrow(/SERVER_URL/)
    expect(() => parseEnv({ SERVER_URL: 'not a url', PAYLOAD_SECRET: SECRET })).toThrow(/SERVER_URL/)
  })
})

describe('sessions', () => {
  it('accepts the session cookie only from the site itself', () => {
    expect(parseEnv({ SERVER_URL: 'https://news.example.org', PAYLOAD_SECRET: SECRET }).allowedOrigins).toEqual([
      'https://news.example.org',
    ])
    expect(parseEnv({ PORT: '4000', PAYLOAD_SECRET: SECRET }).allowedOrigins).toEqual([
      'http://localhost:4000',
      'http://127.0.0.1:4000',
    ])
  })

  it('sends the cookie over HTTPS only in production, except for a plain-HTTP trial on another host', () => {
    const production = { NODE_ENV: 'production', PAYLOAD_SECRET: SECRET }
    expect(parseEnv({ ...production, SERVER_URL: 'https://news.example.org' }).secureCookies).toBe(true)
    expect(parseEnv({ ...production }).secureCookies).toBe(true)
    expect(parseEnv({ ...production, SERVER_URL: 'http://192.168.1.20:3000' }).secureCookies).toBe(false)
    expect(parseEnv({ SERVER_URL: 'https://news.example.org', PAYLOAD_SECRET: SECRET }).secureCookies).toBe(false)
  })
})

describe('many instances', () => {
  const shared = { REDIS_URL: 'redis://cache:6379', PAYLOAD_SECRET: SECRET, SERVER_URL: 'https://news.example.org' }

  it('is one process unless Redis or a bucket is configured, and then needs a shared secret and address', () => {
    expect(parseEnv({ DATA_DIR: tempDir() })).toMatchObject({ multiInstance: false, redisURL: null, s3: null, runsJobs: true })
    expect(() => parseEnv({ REDIS_URL: 'redis://cache:6379', SERVER_URL: 'https://news.example.org', DATA_DIR: tempDir() })).toThrow(
      'PAYLOAD_SECRET is required when REDIS_URL or S3_BUCKET is set: every instance must share it',
    )
    expect(() => parseEnv({ S3_BUCKET: 'photos', PAYLOAD_SECRET: SECRET, DATA_DIR: tempDir() })).toThrow(/^SERVER_URL is required/)
  })

  it('leaves the jobs queue to the one instance marked JOBS_RUNNER', () => {
    expect(parseEnv({ ...shared, DATA_DIR: tempDir() }).runsJobs).toBe(false)
    expect(parseEnv({ ...shared, JOBS_RUNNER: '1', DATA_DIR: tempDir() }).runsJobs).toBe(true)
    expect(parseEnv({ JOBS_RUNNER: '0', DATA_DIR: tempDir() }).runsJobs).toBe(false)
  })

  it('reads the bucket settings and refuses half of a key pair or a bad address', () => {
    const s3 = parseEnv({ ...shared, S3_BUCKET: 'photos', S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'true', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'key', DATA_DIR: tempDir() }).s3
    expect(s3).toEqual({ bucket: 'photos', region: 'us-east-1', endpoint: 'http://minio:9000', credentials: { accessKeyId: 'id', secretAccessKey: 'key' }, forcePathStyle: true })
    expect(() => parseEnv({ ...shared, S3_BUCKET: 'photos', S3_ACCESS_KEY_ID: 'id', DATA_DIR: tempDir() })).toThrow(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/)
    expect(() => parseEnv({ ...shared, S3_BUCKET: 'photos', S3_ENDPOINT: 'minio:9000', DATA_DIR: tempDir() })).toThrow(/S3_ENDPOINT/)
  })

  it.each([['REDIS_URL', 'localhost:6379'], ['PURGE_URL', 'ftp://proxy']])('refuses %s "%s" with one line', (name, value) => {
    expect(() => parseEnv({ ...shared, [name]: value, DATA_DIR: tempDir() })).toThrow(new RegExp(`^${name} "${value}"`))
  })
})

describe('email', () => {
  const from = 'Ukraine Information Group <news@example.org>'

  it('is off without SMTP_URL, and reads the server and sender when set', () => {
    expect(parseEnv({ DATA_DIR: tempDir() }).email).toBeNull()
    expect(parseEmail({ SMTP_URL: 'smtps://user:secret@smtp.example.org:465', EMAIL_FROM: from })).toEqual({
      smtpURL: 'smtps://user:secret@smtp.example.org:465',
      from: { name: 'Ukraine Information Group', address: 'news@example.org' },
    })
    expect(parseEmail({ SMTP_URL: 'smtp://mail:25', EMAIL_FROM: 'news@example.org' })?.from).toEqual({ name: '', address: 'news@example.org' })
    expect(parseEmail({ SMTP_URL: 'smtp://mail:25', EMAIL_FROM: '"Group, London" <news@example.org>' })?.from.name).toBe('Group, London')
  })

  it.each([
    ['not an address', { SMTP_URL: 'smtp://user:s3cret-pass@smtp example.org', EMAIL_FROM: from }, /^SMTP_URL is not an address/],
    ['another protocol', { SMTP_URL: 'https://user:s3cret-pass@smtp.example.org', EMAIL_FROM: from }, /^SMTP_URL must start with smtp:\/\/ or smtps:\/\//],
    ['no sender', { SMTP_URL: 'smtps://user:s3cret-pass@smtp.example.org' }, /^EMAIL_FROM is required when SMTP_URL is set/],
    ['a sender that is no address', { SMTP_URL: 'smtps://user:s3cret-pass@smtp.example.org', EMAIL_FROM: 'The group' }, /^EMAIL_FROM "The group" is not an address/],
  ])('stops the start with one line, never repeating the password, on %s', (_case, vars, message) => {
    let error: unknown
    try {
      parseEnv({ ...vars, DATA_DIR: tempDir() })
    } catch (thrown) {
      error = thrown
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toContain('s3cret-pass')
    expect((error as Error).message).not.toContain('\n')
  })
})
