import net from 'node:net'

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** Fails with a clear message unless the ports are free: the cluster's addresses are fixed (PORT, PORT+1, PORT+2). */
export async function requireFreePorts(ports: number[]): Promise<void> {
  for (const port of ports) {
    if (!(await isFree(port))) throw new Error(`port ${port} is in use: choose another PORT (the cluster takes PORT, PORT+1 and PORT+2)`)
  }
}

/** A port from which `count` consecutive ports are free, for tests that must not clash with a running site. */
export async function freePortRun(count: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000)
    const free = await Promise.all(Array.from({ length: count }, (_, offset) => isFree(base + offset)))
    if (free.every(Boolean)) return base
  }
  throw new Error(`found no ${count} consecutive free ports`)
}
