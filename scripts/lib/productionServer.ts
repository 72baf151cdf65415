import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { startCommand } from '@/scripts/lib/startCommand.mjs'

/** A production server (`npm start`: server/index.ts on the build) with its own database, uploads and page cache. */
export type RunningServer = {
  url: string
  workspace: string
  /** The settings the server runs with: its database, secret and upload folder. */
  env: NodeJS.ProcessEnv
  pid: number
  /** Everything the server has printed so far. */
  output(): string
  /** Resolves when the process ends, with its exit code (null when a signal killed it). */
  exited: Promise<number | null>
  stop(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export type ExitedServer = { code: number | null; output: string; seconds: number }

/** Environment for a production server on its own throw-away database and upload folder. */
function productionEnv(workspace: string, port: number, extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '',
    PORT: String(port),
    DATABASE_URL: `file:${path.join(workspace, 'site.db')}`,
    DATA_DIR: path.join(workspace, 'data'),
    MEDIA_DIR: path.join(workspace, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    ...extra,
  }
}

const ROOT = process.cwd()
/** Never shared between test servers: each writes its own pages into its own copy of the build. */
const PRIVATE = new Set(['.next', '.git', 'data', 'media', 'tests'])

/**
 * Next keeps the pages it rebuilds in `.next`, so two servers started from one build would serve
 * each other's pages (built from each other's databases). Each test server gets the build's output
 * copied into its workspace, the rest of the project linked.
 */
function privateCopyOfTheBuild(workspace: string): string {
  const app = path.join(workspace, 'app')
  fs.mkdirSync(app)
  for (const entry of fs.readdirSync(ROOT)) {
    if (!PRIVATE.has(entry)) fs.symlinkSync(path.join(ROOT, entry), path.join(app, entry))
  }
  fs.cpSync(path.join(ROOT, '.next'), path.join(app, '.next'), {
    recursive: true,
    // The compiler's own cache is not needed to serve pages; the data cache is.
    filter: (source) => !source.startsWith(path.join(ROOT, '.next', 'cache')) || source.includes('fetch-cache') || source === path.join(ROOT, '.next', 'cache'),
  })
  return app
}

/** Spawns `npm start`'s server in `app`, keeping everything it prints. */
function startProductionProcess(env: NodeJS.ProcessEnv, app: string): { child: ChildProcess; output(): string } {
  const start = startCommand(ROOT)
  const child = spawn(process.execPath, start.args, { cwd: app, env: { ...start.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  return { child, output: () => output }
}

/**
 * Starts the production build (`npm run build` must have run) and waits until /api/health says ok.
 * `port` is for servers others must find at a known address (behind a load balancer); a free one
 * otherwise.
 */
export async function startServer(extraEnv: Record<string, string> = {}, port?: number): Promise<RunningServer> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'solidarity-news-e2e-'))
  port ??= await freePort()
  const env = productionEnv(workspace, port, extraEnv)
  return runServer(env, port, workspace, privateCopyOfTheBuild(workspace))
}

/** Starts a server again on the database, uploads, pages and port a stopped or killed one left. */
export async function restartServer(previous: RunningServer): Promise<RunningServer> {
  return runServer(previous.env, Number(previous.env.PORT), previous.workspace, path.join(previous.workspace, 'app'))
}

async function runServer(env: NodeJS.ProcessEnv, port: number, workspace: string, app: string): Promise<RunningServer> {
  const url = `http://127.0.0.1:${port}`
  const { child, output } = startProductionProcess(env, app)
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))

  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`)
    try {
      const response = await fetch(`${url}/api/health`)
      if (response.ok) break
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  if (Date.now() >= deadline) {
    child.kill('SIGKILL')
    throw new Error(`the server did not become healthy within 60 s:\n${output()}`)
  }

  return {
    url,
    workspace,
    env,
    pid: child.pid!,
    output,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        await exited
      }
      fs.rmSync(workspace, { recursive: true, force: true })
    },
  }
}

/** Starts the production build with settings that must stop it, and reports how it ended. */
export async function startServerExpectingExit(extraEnv: Record<string, string>, limitMs = 30_000): Promise<ExitedServer> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'solidarity-news-e2e-'))
  const port = await freePort()
  const started = Date.now()
  const { child, output } = startProductionProcess(productionEnv(workspace, port, extraEnv), privateCopyOfTheBuild(workspace))
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs)
    child.once('exit', (exitCode) => {
      clearTimeout(timer)
      resolve(exitCode)
    })
  })
  fs.rmSync(workspace, { recursive: true, force: true })
  return { code, output: output(), seconds: (Date.now() - started) / 1000 }
}
