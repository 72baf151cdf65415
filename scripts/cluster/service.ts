import { type ChildProcess, spawn } from 'node:child_process'

/** A program the cluster runs (redis-server, nginx): started, watched, and stopped by its own id. */
export type Service = {
  child: ChildProcess
  /** Everything it has printed so far. */
  output(): string
  exited: Promise<number | null>
  stop(): Promise<void>
}

export function startService(command: string, args: string[]): Service {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return {
    child,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

/** Resolves once `ready()` holds; fails early, with what the service printed, if it exits first. */
export async function waitUntilReady(name: string, service: Service, ready: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${name} exited with ${service.child.exitCode}:\n${service.output()}`)
    if (await ready().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await service.stop()
  throw new Error(`${name} was not ready within ${timeoutMs / 1000} s:\n${service.output()}`)
}
