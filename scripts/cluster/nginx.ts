import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { installWhenMissing } from '@/scripts/cluster/debianPackages'
import { startService, waitUntilReady } from '@/scripts/cluster/service'

const NGINX = '/usr/sbin/nginx'
const PURGE_MODULE = '/usr/lib/nginx/modules/ngx_http_cache_purge_module.so'
const TEMPLATE = path.resolve('scripts/cluster/nginx.conf.template')

export type LoadBalancer = {
  pid: number
  close(): Promise<void>
}

type Ports = { port: number; purgePort: number; instancePorts: [number, number] }

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.end()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

function configuration(prefix: string, { port, purgePort, instancePorts }: Ports): string {
  const values: Record<string, string> = {
    PREFIX: prefix,
    PORT: String(port),
    PURGE_PORT: String(purgePort),
    INSTANCE_A_PORT: String(instancePorts[0]),
    INSTANCE_B_PORT: String(instancePorts[1]),
  }
  return fs.readFileSync(TEMPLATE, 'utf8').replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name])
}

/**
 * Debian's nginx, balancing `port` between the two instances with a page cache in front, and taking
 * PURGE requests on `purgePort`. Everything it writes stays in a folder of its own.
 */
export async function startLoadBalancer(ports: Ports): Promise<LoadBalancer> {
  installWhenMissing(NGINX, ['nginx'])
  installWhenMissing(PURGE_MODULE, ['libnginx-mod-http-cache-purge'])
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'solidarity-nginx-'))
  // Run as root, nginx's workers drop to an unprivileged user, who must reach the cache inside.
  fs.chmodSync(prefix, 0o755)
  fs.mkdirSync(path.join(prefix, 'temp'))
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), configuration(prefix, ports))
  // -e: without it nginx first opens Debian's /var/log/nginx/error.log, which only root may write.
  const service = startService(NGINX, ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'])
  await waitUntilReady('nginx', service, async () => (await accepts(ports.port)) && (await accepts(ports.purgePort)))
  return {
    pid: service.child.pid!,
    async close() {
      await service.stop()
      fs.rmSync(prefix, { recursive: true, force: true })
    },
  }
}
