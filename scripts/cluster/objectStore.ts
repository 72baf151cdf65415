import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'

import { freePort } from '@/scripts/lib/productionServer'

const BUCKET = 'solidarity-media'

export type LocalObjectStore = {
  /** The S3_* settings that point the app at it. */
  env: Record<string, string>
  close(): Promise<void>
}

/**
 * An S3-compatible store (s3rver, in this process) on a free loopback port, with the bucket made.
 * It accepts any credentials; the app is given some because real S3 needs them.
 */
export async function startLocalObjectStore(): Promise<LocalObjectStore> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'solidarity-s3-'))
  const port = await freePort()
  const server = new S3rver({ address: '127.0.0.1', port, directory, silent: true, configureBuckets: [{ name: BUCKET }] })
  await server.run()
  return {
    env: {
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    },
    async close() {
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
