import { restartServer, type RunningServer, startServer } from '@/scripts/lib/productionServer'

export type InstanceName = 'A' | 'B'

/** One instance of the app, as if on a machine of its own: its own copy of the build, data and media folders. */
export type Instance = {
  name: InstanceName
  url: string
  /** Its settings, its own folders included. */
  env: NodeJS.ProcessEnv
  pid(): number
  output(): string
  /** Stops it gracefully (SIGTERM), keeping its folders for a restart. */
  stop(): Promise<void>
  /** Kills it outright (SIGKILL), as a crash or an out-of-memory kill would. */
  kill(): Promise<void>
  /** Starts it again after stop() or kill(), on the same port, and waits until it is healthy. */
  restart(): Promise<void>
  /** Stops it and removes its folders. */
  close(): Promise<void>
}

export async function startInstance(name: InstanceName, port: number, env: Record<string, string>): Promise<Instance> {
  let server: RunningServer = await startServer(env, port)
  let running = true
  const watch = (started: RunningServer) => {
    running = true
    void started.exited.then(() => (running = false))
  }
  watch(server)
  const end = async (signal: NodeJS.Signals) => {
    if (!running) return
    process.kill(server.pid, signal)
    await server.exited
  }
  return {
    name,
    url: server.url,
    env: server.env,
    pid: () => server.pid,
    output: () => server.output(),
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    async restart() {
      server = await restartServer(server)
      watch(server)
    },
    close: () => server.stop(),
  }
}
