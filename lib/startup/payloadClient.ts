import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Local API, shared by every query of the public site. */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}
