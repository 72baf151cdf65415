import type { Payload } from 'payload'

import type { RunningServer } from '@/scripts/lib/productionServer'

/**
 * The Local API on a running server's own database, for what only the admin's server functions can
 * do (queueing a scheduled publication). It runs as production does, so it never pushes a schema.
 */
export async function payloadOf(server: Pick<RunningServer, 'env'>): Promise<Payload> {
  for (const name of ['DATABASE_URL', 'PAYLOAD_SECRET', 'DATA_DIR', 'MEDIA_DIR'] as const) {
    process.env[name] = server.env[name]
  }
  Object.assign(process.env, { NODE_ENV: 'production' })
  const [{ getPayload }, { default: config }, { env }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/lib/startup/env'),
  ])
  // The config reads the environment once: a test that imported it earlier would write elsewhere.
  if (env().database.url !== server.env.DATABASE_URL) {
    throw new Error('payloadOf() must run before anything imports the Payload config in this test file')
  }
  return getPayload({ config })
}
