import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

declare global {
  var testPayload: Payload | undefined
}

/** Payload on this test file's own throw-away database (see isolatedEnvironment.ts). */
export async function getTestPayload(): Promise<Payload> {
  globalThis.testPayload ??= await getPayload({ config })
  return globalThis.testPayload
}
