import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { startSeededServer } from '@/scripts/lib/seededServer'
import { ARTIFACTS } from '@/tests/helpers/browser'

/** The server under attack: its address, an admin's token, and the folder its uploads land in. */
export type Target = {
  url: string
  adminToken: string
  mediaDir: string
  close(): Promise<void>
}

async function logIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = await response.json().catch(() => null)
  if (!response.ok || !body?.token) throw new Error(`could not sign in to ${url} as ${email}: ${response.status}`)
  return body.token
}

/**
 * A throw-away production server with the demo content, or, with BAD_INPUT_TARGET set, a server
 * that is already running (`npm run demo`), attacked with the admin account named by
 * BAD_INPUT_EMAIL and BAD_INPUT_PASSWORD; its uploads folder is BAD_INPUT_MEDIA_DIR (default ./media).
 */
export async function openTarget(): Promise<Target> {
  const running = process.env.BAD_INPUT_TARGET?.replace(/\/+$/, '')
  if (running) {
    const { BAD_INPUT_EMAIL: email, BAD_INPUT_PASSWORD: password } = process.env
    if (!email || !password) {
      throw new Error('BAD_INPUT_TARGET needs BAD_INPUT_EMAIL and BAD_INPUT_PASSWORD: an admin account of that server')
    }
    return {
      url: running,
      adminToken: await logIn(running, email, password),
      mediaDir: path.resolve(process.env.BAD_INPUT_MEDIA_DIR ?? 'media'),
      close: async () => undefined,
    }
  }
  const { server, payload, token } = await startSeededServer()
  return {
    url: server.url,
    adminToken: token,
    mediaDir: server.env.MEDIA_DIR!,
    async close() {
      // What the server logged while under attack: where a failure's cause is told.
      await mkdir(ARTIFACTS, { recursive: true })
      await writeFile(path.join(ARTIFACTS, 'bad-input-server.log'), server.output())
      await payload.destroy()
      await server.stop()
    },
  }
}
