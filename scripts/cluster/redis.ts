import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '@/scripts/lib/productionServer'

import { installWhenMissing } from '@/scripts/cluster/debianPackages'
import { type Service, startService, waitUntilReady } from '@/scripts/cluster/service'

const REDIS_SERVER = '/usr/bin/redis-server'

export type LocalRedis = {
  url: string
  pid(): number
  /** Stops the server (its data goes with it: nothing is saved) and frees the port. */
  stop(): Promise<void>
  /** Starts it again on the same port, empty. */
  start(): Promise<void>
  /** Stops it for good and removes its folder. */
  close(): Promise<void>
}

/** Whether a Redis server answers PING on `port`. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.setTimeout(1000, () => socket.destroy())
    socket.once('error', () => resolve(false))
    socket.once('close', () => resolve(false))
    socket.once('data', (reply) => {
      resolve(reply.toString().startsWith('+PONG'))
      socket.end()
    })
    socket.write('PING\r\n')
  })
}

/**
 * A throw-away Redis (Debian's redis-server) on a free loopback port. It is a cache, not a store:
 * nothing is written to disk, and when memory runs out it drops keys that carry an expiry.
 */
export async function startLocalRedis(): Promise<LocalRedis> {
  installWhenMissing(REDIS_SERVER, ['redis-server'])
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solidarity-redis-'))
  const port = await freePort()
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'volatile-lru']
  let service: Service
  const start = async () => {
    service = startService(REDIS_SERVER, args)
    await waitUntilReady('redis-server', service, () => answersPing(port))
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: () => service.child.pid!,
    stop: () => service.stop(),
    start,
    async close() {
      await service.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
