import type { Payload, PayloadRequest } from 'payload'

/**
 * Who hears of a new join request or a takedown: the group's contact address from the site settings, the inbox
 * people already write to; without one, every admin and editor, who can all read them.
 */
export async function organisersToNotify(payload: Payload, req?: Partial<PayloadRequest>): Promise<string[]> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })
  if (settings.contactEmail) return [settings.contactEmail]
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { in: ['admin', 'editor'] } },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => user.email)
}
