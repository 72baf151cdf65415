import type { Endpoint } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'

import type { Media } from '@/payload-types'

import { blurRegions, type Region } from '@/collections/Media/blurRegions'
import { mediaFiles } from '@/collections/Media/fileStore'
import { FACES_BLURRED } from '@/collections/Media/faces/queueFaceDetection'
import { filesOfPhoto, setAside, settleSetAside } from '@/collections/Media/filesSetAside'

const MAX_REGIONS = 50

function parseRegions(body: unknown): Region[] | string {
  const regions = (body as { regions?: unknown } | null)?.regions
  if (!Array.isArray(regions) || regions.length === 0) return 'Mark at least one area to blur.'
  if (regions.length > MAX_REGIONS) return `Blur at most ${MAX_REGIONS} areas at a time.`
  const parsed: Region[] = []
  for (const region of regions) {
    const { x, y, width, height } = (region ?? {}) as Record<string, unknown>
    const numbers = [x, y, width, height]
    if (!numbers.every((value) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1)) {
      return 'Each area needs x, y, width and height between 0 and 1 (fractions of the photo).'
    }
    if ((width as number) <= 0 || (height as number) <= 0) return 'An area to blur cannot be empty.'
    parsed.push({ x: x as number, y: y as number, width: width as number, height: height as number })
  }
  return parsed
}

/**
 * `POST /api/media/:id/blur` with `{ regions: [{ x, y, width, height }] }`: blurs those areas of the
 * photo for good. The blurred original is stored under a new name with every size regenerated from
 * it, and the unblurred files are deleted, so no unblurred copy is left in storage and none can be
 * served from a cache under the new addresses. Until the record names the new files, the old ones
 * are kept aside: a crash half-way leaves the photo as it was, never missing or half-written.
 */
export const blurEndpoint: Endpoint = {
  path: '/:id/blur',
  method: 'post',
  handler: async (req) => {
    if (!isEditorOrAdmin({ req })) return Response.json({ errors: [{ message: 'Only editors can blur photos.' }] }, { status: 403 })
    const body = await req.json?.().catch(() => null)
    const regions = parseRegions(body)
    if (typeof regions === 'string') return Response.json({ errors: [{ message: regions }] }, { status: 400 })

    const id = req.routeParams?.id as string
    const photo = await req.payload.findByID({ collection: 'media', id, depth: 0, req, disableErrors: true })
    if (!photo?.filename) return Response.json({ errors: [{ message: 'No such photo.' }] }, { status: 404 })

    const original = await mediaFiles().read(photo.filename)
    const blurred = await blurRegions(original, regions)
    const folder = await setAside(filesOfPhoto(photo))
    let updated: Media
    try {
      // The name is taken, so Payload stores the blurred photo as `name-1.jpg`.
      updated = await req.payload.update({
        collection: 'media',
        id: photo.id,
        data: {},
        file: { data: blurred, mimetype: photo.mimeType ?? 'image/jpeg', name: photo.filename, size: blurred.length },
        req,
        // Blurring is how an editor deals with the suggested faces: they count as reviewed.
        context: { [FACES_BLURRED]: true },
      })
    } finally {
      await settleSetAside(req.payload, folder)
    }
    return Response.json({ message: `Blurred ${regions.length} area${regions.length === 1 ? '' : 's'}.`, doc: updated })
  },
}
