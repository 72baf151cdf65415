import type { Server } from 'node:http'

/** How long requests already under way may take to finish once the server is asked to stop. */
export const GRACE_MS = 10_000

/**
 * On SIGTERM (an orchestrator, `systemctl stop`) or SIGINT (Ctrl+C) the server stops listening,
 * answers what it is already working on (an upload, a save) and exits 0, so a deploy never cuts a
 * request in half. Requests still running after the grace period are cut and the server exits.
 */
export function stopGracefully(server: Server, log: (line: string) => void = console.info): void {
  let inFlight = 0
  let stopping = false

  server.on('request', (_req, res) => {
    inFlight++
    // Keep-alive clients are told to reconnect, which will reach the next server.
    if (stopping) res.setHeader('Connection', 'close')
    res.once('close', () => {
      inFlight--
      if (stopping && inFlight === 0) exit()
    })
  })

  function exit() {
    log('Stopped.')
    process.exit(0)
  }

  function stop(signal: NodeJS.Signals) {
    if (stopping) return
    stopping = true
    log(`${signal}: no longer accepting connections; finishing ${inFlight} request(s).`)
    server.close()
    server.closeIdleConnections()
    if (inFlight === 0) exit()
    setTimeout(() => {
      log(`${inFlight} request(s) still running after ${GRACE_MS / 1000} s: closing them.`)
      server.closeAllConnections()
      exit()
    }, GRACE_MS).unref()
  }

  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}
