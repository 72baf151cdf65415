import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { isWellFormedId } from '@/apiGuards/documentId'
import { notifyOrganisers } from '@/lib/email/notifyOrganisers'
import { type HourlyAllowance, hourlyAllowance } from '@/lib/limits/hourlyAllowance'
import { AUTOMATIC_TAKEDOWNS_PER_HOUR, OPEN_REQUESTS_PER_ADDRESS, TAKEDOWN_NOTICES_PER_HOUR } from '@/lib/removal/limits'
import { removalNotificationEmail } from '@/lib/removal/notificationEmail'
import { type RemovalFieldErrors, type RemovalFormFields, validateRemovalRequest } from '@/lib/removal/validateRemovalRequest'
import { WAITING } from '@/collections/RemovalRequests/status'

export type RemovalOutcome =
  | { outcome: 'invalid'; errors: RemovalFieldErrors }
  /** No public or withdrawn photo has that id: the same answer for a photo in review, so none is revealed. */
  | { outcome: 'unknown' }
  /** The address already has OPEN_REQUESTS_PER_ADDRESS requests waiting. */
  | { outcome: 'tooMany' }
  | { outcome: 'withdrawn' | 'queued'; id: string | number }

type Options = {
  photoId: string
  /** The requester's network address (see lib/limits/visitorAddress.ts), kept until the request is closed. */
  requesterAddress: string
  takedowns?: HourlyAllowance
  notices?: HourlyAllowance
}

/** The site-wide allowances: automatic takedowns, and the organisers' emails about them. */
export const takedownCap = () => hourlyAllowance('automatic-takedowns', AUTOMATIC_TAKEDOWNS_PER_HOUR)
const takedownNotices = () => hourlyAllowance('takedown-notices', TAKEDOWN_NOTICES_PER_HOUR)

/**
 * The only way a takedown request is written. A public photo is withdrawn at once (through a
 * Payload update, so its hooks expire every page, feed and proxy copy that shows it, and announce
 * it to webhooks), unless this hour's cap of automatic takedowns is used up: then the request waits
 * for an editor with the photo still public. Either way the organisers are told.
 */
export async function submitRemovalRequest(
  payload: Payload,
  fields: RemovalFormFields,
  { photoId, requesterAddress, takedowns = takedownCap(), notices = takedownNotices() }: Options,
): Promise<RemovalOutcome> {
  const photo = isWellFormedId(payload, photoId)
    ? await payload.findByID({ collection: 'media', id: photoId, overrideAccess: true, depth: 0, disableErrors: true, select: { filename: true, visibility: true } })
    : null
  // A withdrawn photo was public (its page says it is gone): a second person in it is heard too.
  if (!photo || (photo.visibility !== 'public' && photo.visibility !== 'withdrawn')) return { outcome: 'unknown' }
  const alreadyDown = photo.visibility === 'withdrawn'
  const checked = validateRemovalRequest(fields)
  if ('errors' in checked) return { outcome: 'invalid', errors: checked.errors }

  const { totalDocs: waiting } = await payload.count({
    collection: 'removal-requests',
    where: { and: [{ requesterAddress: { equals: requesterAddress } }, { status: { in: WAITING } }] },
    overrideAccess: true,
  })
  if (waiting >= OPEN_REQUESTS_PER_ADDRESS) return { outcome: 'tooMany' }

  const hide = alreadyDown || (await takedowns())
  // The request and the withdrawal are one change: where the database has transactions (MongoDB on
  // a replica set) neither is kept without the other, and the pages expire once both are committed.
  const req = await createLocalReq({}, payload)
  const ownsTransaction = await initTransaction(req)
  let stored
  try {
    stored = await payload.create({
      collection: 'removal-requests',
      data: { photo: photo.id, ...checked.request, requesterAddress, photoFilename: photo.filename, status: hide ? 'open' : 'queued' },
      overrideAccess: true,
      req,
    })
    if (hide && !alreadyDown) await payload.update({ collection: 'media', id: photo.id, data: { visibility: 'withdrawn' }, overrideAccess: true, req })
    if (ownsTransaction) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  if (!hide) payload.logger.warn(`Takedown request ${stored.id} is queued with its photo still public: this hour's cap of automatic takedowns is used up.`)

  const request = { id: stored.id, ...checked.request, queued: !hide }
  await notifyOrganisers(payload, {
    subject: `Takedown request ${stored.id}`,
    allowance: notices,
    email: (organisers, serverURL) => removalNotificationEmail(request, organisers, serverURL),
  })
  return { outcome: hide ? 'withdrawn' : 'queued', id: stored.id }
}
