import { ConfigError } from './env'

/** Start-up gives up after this long, well before an orchestrator's patience runs out. */
const START_TIMEOUT_MS = 15_000

function failAfter(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`the database did not answer within ${ms / 1000} s`)), ms).unref()
  })
}

function describe(error: unknown): string {
  if (error instanceof ConfigError) return error.message
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/\bError: /g, '').split('\n')[0]
}

export async function startServer(): Promise<void> {
  try {
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
    await Promise.race([getPayload({ config }), failAfter(START_TIMEOUT_MS)])
  } catch (error) {
    console.error(`solidarity-news cannot start: ${describe(error)}`)
    process.exit(1)
  }
}
