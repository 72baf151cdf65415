/**
 * Runs once when the server process starts: connecting to the database here (rather than on the
 * first visitor's request) makes a misconfigured or unreachable database stop the start at once, and
 * starts Payload's jobs queue with the server.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { startServer } = await import('@/lib/startup/startServer')
  await startServer()
}
