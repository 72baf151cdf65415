import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Runs before each integration test file imports anything: every file gets its own database and
 * upload folder, so files never see each other's data and can run in parallel.
 */
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'solidarity-news-test-'))
const id = randomBytes(6).toString('hex')

function testDatabaseURL(): string {
  const mongo = process.env.MONGODB_URL
  if (!mongo) return `file:${path.join(workspace, 'test.db')}`
  const url = new URL(mongo)
  url.pathname = `/solidarity_news_test_${id}`
  return url.toString()
}

process.env.TEST_WORKSPACE = workspace
process.env.DATABASE_URL = testDatabaseURL()
process.env.DATA_DIR = path.join(workspace, 'data')
process.env.MEDIA_DIR = path.join(workspace, 'media')
process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
process.env.SERVER_URL = 'http://localhost:3000'
delete process.env.DEMO_MODE
