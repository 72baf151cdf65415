import type { Payload } from 'payload'

export async function findSiteSettings(payload: Payload) {
  return payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 0 })
}
