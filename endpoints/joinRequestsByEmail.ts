import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEmailAddress } from '@/lib/join/validateJoinRequest'

const NOT_KEPT = { 'Cache-Control': 'no-store' }

const refusal = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: NOT_KEPT })

/** The address asked about, or the refusal to answer with: admins alone, one well-formed address. */
function personAsked(req: PayloadRequest): { email: string } | { refused: Response } {
  if (!req.user) return { refused: refusal(401, 'Sign in as an admin to export or delete a person’s join requests.') }
  if (!isAdmin({ req })) return { refused: refusal(403, 'Only admins may export or delete a person’s join requests.') }
  const given = req.searchParams.getAll('email')
  if (given.length !== 1 || !given[0].trim()) return { refused: refusal(400, 'Name one person: `?email=<their address>`.') }
  const email = given[0].trim().toLowerCase()
  if (!isEmailAddress(email)) return { refused: refusal(400, `"${given[0].slice(0, 100)}" is not an email address.`) }
  return { email }
}

const byEmail = (email: string) => ({ email: { equals: email } })

/** `GET /api/join-requests/by-email?email=…`: everything one person sent through the join form, as a JSON download. */
const exportPerson: PayloadHandler = async (req) => {
  const asked = personAsked(req)
  if ('refused' in asked) return asked.refused
  const { docs } = await req.payload.find({ collection: 'join-requests', where: byEmail(asked.email), depth: 0, pagination: false, overrideAccess: true, req })
  const body = JSON.stringify({ email: asked.email, exportedAt: new Date().toISOString(), joinRequests: docs }, null, 2)
  return new Response(body, {
    headers: { ...NOT_KEPT, 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': 'attachment; filename="join-requests.json"' },
  })
}

/** `DELETE /api/join-requests/by-email?email=…`: deletes everything one person sent, and says how much. */
const deletePerson: PayloadHandler = async (req) => {
  const asked = personAsked(req)
  if ('refused' in asked) return asked.refused
  const { docs, errors } = await req.payload.delete({ collection: 'join-requests', where: byEmail(asked.email), depth: 0, overrideAccess: true, req })
  if (errors.length > 0) return refusal(409, `${errors.length} of this person’s join requests could not be deleted; try again.`)
  return Response.json({ email: asked.email, deleted: docs.length }, { headers: NOT_KEPT })
}

/** One person's join requests, by address, for the requests people make under data-protection law. */
export const joinRequestsByEmail: Endpoint[] = [
  { path: '/by-email', method: 'get', handler: exportPerson },
  { path: '/by-email', method: 'delete', handler: deletePerson },
]
