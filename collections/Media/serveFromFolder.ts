import type { FileHandle } from 'node:fs/promises'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import { headersWithCors, type PayloadRequest } from 'payload'
import { getRangeRequestInfo } from 'payload/internal'

import type { FileHandler } from '@/collections/Media/cacheByVisibility'
import { contentTypeOf } from '@/collections/Media/contentTypes'
import { env } from '@/lib/startup/env'

export const FILE_NOT_FOUND = 'File not found.'
export const INVALID_FILENAME = 'Invalid filename.'

const errorResponse = (req: PayloadRequest, status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: headersWithCors({ headers: new Headers(), req }) })

/**
 * The file's path, or null for a name that could reach outside the folder. Payload stores every
 * upload and size flat in it under a sanitised name, so a separator or a NUL can only be an attempt
 * to reach another file, and `.` or `..` resolve to the folder or its parent.
 */
function pathInFolder(dir: string, filename: string | undefined): string | null {
  if (!filename || /[/\\\0]/.test(filename)) return null
  const filePath = path.resolve(dir, filename)
  return path.dirname(filePath) === dir ? filePath : null
}

/**
 * Enough to revalidate: a name is never reused for other bytes (a blur stores new names), and a file
 * rewritten in place gets a new modification time. The form nginx uses.
 */
const entityTag = ({ size, mtimeMs }: { size: number; mtimeMs: number }) =>
  `"${Math.floor(mtimeMs).toString(16)}-${size.toString(16)}"`

/** Whether the client's copy is this file: If-None-Match compares weakly (RFC 9110 §13.1.2) and may list several tags, or `*`. */
function isCurrent(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  const strip = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag))
}

async function openFile(filePath: string): Promise<FileHandle | null> {
  try {
    return await fs.open(filePath, 'r')
  } catch (error) {
    if (['ENOENT', 'ENOTDIR', 'ENAMETOOLONG'].includes((error as NodeJS.ErrnoException).code ?? '')) return null
    throw error
  }
}

/**
 * Serves files from the uploads folder when there is no bucket. Payload's own fallback builds its
 * headers afresh (so `cacheByVisibility`'s Cache-Control never reached the browser) and answers a
 * record whose file is gone with a 500. This handler sends the headers earlier handlers set, answers
 * 404 for a missing file, and lets browsers and caches revalidate with an ETag.
 *
 * Payload has already checked read access: a visitor only gets here for a public photo's file.
 */
async function sendFile(req: PayloadRequest, { doc, headers: shared, params }: Parameters<FileHandler>[1]): Promise<Response> {
  const { filename } = params
  const dir = env().mediaDir
  const filePath = pathInFolder(dir, filename)
  if (!filePath) return errorResponse(req, 400, INVALID_FILENAME)

  // Stat the open file rather than the path, so the size sent is the size of the bytes streamed.
  const file = await openFile(filePath)
  const stats = file && (await file.stat())
  if (!file || !stats?.isFile()) {
    await file?.close()
    // With a `doc`, a record names this file: the folder and the database disagree, which an operator must hear about.
    if (doc) req.payload.logger.error(`${filename} of media ${doc.id} is missing from ${dir}`)
    return errorResponse(req, 404, FILE_NOT_FOUND)
  }

  const headers = new Headers(shared)
  const etag = entityTag(stats)
  headers.set('ETag', etag)
  headers.set('X-Content-Type-Options', 'nosniff')

  // RFC 9110 §13.2.2: If-None-Match is weighed before Range.
  if (isCurrent(req.headers?.get('if-none-match') ?? null, etag)) {
    await file.close()
    return new Response(null, { status: 304, headers: headersWithCors({ headers, req }) })
  }

  const range = getRangeRequestInfo({ fileSize: stats.size, rangeHeader: req.headers?.get('range') ?? null })
  for (const [name, value] of Object.entries(range.headers)) headers.set(name, value)
  if (range.type === 'invalid') {
    await file.close()
    return new Response(null, { status: range.status, headers: headersWithCors({ headers, req }) })
  }
  headers.set('Content-Type', contentTypeOf(filename))

  const stream = file.createReadStream(range.type === 'partial' ? { start: range.rangeStart, end: range.rangeEnd } : {})
  // A visitor who leaves mid-download must not keep the file open.
  req.signal?.addEventListener('abort', () => stream.destroy(), { once: true })
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    status: range.status,
    headers: headersWithCors({ headers, req }),
  })
}

/** With a bucket, its own handler (added after this one by the S3 plugin) serves the file. */
export const serveFromFolder: FileHandler = (req, args) => (env().s3 === null ? sendFile(req, args) : undefined)
